FROM alpine:3.20
RUN apk add --no-cache ca-certificates=20240705-r0
COPY --from=builder /go/bin/app /usr/local/bin/app
USER 10001
CMD ["app"]
