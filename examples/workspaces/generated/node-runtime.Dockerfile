# Node from the Debian archive, nothing else.
FROM local/debian:bookworm AS main
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates nodejs \
    && rm -rf /var/lib/apt/lists/*
