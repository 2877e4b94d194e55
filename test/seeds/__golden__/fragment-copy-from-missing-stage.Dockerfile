# Stage 2: Create the runtime image
FROM alpine:latest
# Install any necessary dependencies for runtime
RUN apk --no-cache add ca-certificates
# Copy the Go binary from the builder stage
COPY --from=builder /go/bin/app /usr/local/bin/app
EXPOSE 8080
CMD ["app"]
