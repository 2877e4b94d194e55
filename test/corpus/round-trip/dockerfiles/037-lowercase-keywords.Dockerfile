FROM alpine:3.19 AS base
RUN apk add --no-cache bash curl
WORKDIR /work
COPY entrypoint.sh /usr/local/bin/entrypoint.sh
RUN chmod +x /usr/local/bin/entrypoint.sh
ENV APP_MODE=worker
EXPOSE 9000
USER nobody
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
CMD ["--help"]
