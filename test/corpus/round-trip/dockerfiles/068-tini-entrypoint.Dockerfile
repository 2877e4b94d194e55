FROM debian:bookworm-slim
ENV TINI_VERSION=v0.19.0
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends tini; \
    rm -rf /var/lib/apt/lists/*
COPY --chmod=755 entrypoint.sh /usr/local/bin/
ENTRYPOINT ["/usr/bin/tini", "-g", "--", "entrypoint.sh"]
CMD ["run"]
