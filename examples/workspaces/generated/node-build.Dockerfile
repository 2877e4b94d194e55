# The runtime base plus npm, to install and build.
FROM ws-example/node-runtime:dev AS main
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update \
    && apt-get install -y --no-install-recommends npm \
    && rm -rf /var/lib/apt/lists/*
