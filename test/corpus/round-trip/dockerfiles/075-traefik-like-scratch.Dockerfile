FROM alpine:3.20 AS certs
RUN apk --no-cache add ca-certificates tzdata

FROM scratch
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=certs /usr/share/zoneinfo /usr/share/zoneinfo
COPY edge /
EXPOSE 80
VOLUME ["/tmp"]
ENTRYPOINT ["/edge"]
LABEL org.opencontainers.image.vendor=Example org.opencontainers.image.url=https://edge.example.org org.opencontainers.image.title=Edge org.opencontainers.image.version=v3.0.4
