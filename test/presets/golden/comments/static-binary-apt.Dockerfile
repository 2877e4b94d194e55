FROM rust:1.82-bookworm AS compile
RUN make

# runtime is what runs: the binary and the CA certificates from compile, and curl from apt, as a non-root user.
FROM debian:bookworm-slim AS runtime
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update\
 && apt-get install -y --no-install-recommends curl\
 && rm -rf /var/lib/apt/lists/*
COPY --from=compile /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=compile /out/app /usr/local/bin/app
USER 10001:10001
ENTRYPOINT ["/usr/local/bin/app"]
