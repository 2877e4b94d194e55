FROM alpine:latest
RUN apk --no-cache add ca-certificates
COPY --from=builder /go/bin/app /usr/local/bin/app
EXPOSE 8080
CMD ["app"]
