FROM rust:1.82-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release && install -D target/release/tool /out/app

# runtime is what runs: the binary alone on a minimal base, as a non-root user.
FROM scratch AS runtime
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/app /usr/local/bin/app
USER 10001:10001
ENTRYPOINT ["/usr/local/bin/app"]
