FROM debian:bookworm-slim AS runtime
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update\
 && apt-get install -y --no-install-recommends redis-server\
 && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /data && chown redis:redis /data
VOLUME ["/data"]
USER redis
EXPOSE 6379
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD ["redis-cli", "ping"]
ENTRYPOINT ["redis-server"]
CMD ["--bind", "0.0.0.0", "--protected-mode", "no", "--dir", "/data", "--appendonly", "yes"]
