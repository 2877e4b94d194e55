FROM rust:1.82-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release && install -D target/release/tool /out/app

# runtime is what runs: the binary and the CA certificates from build, as a non-root user.
FROM scratch AS runtime
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/app /usr/local/bin/app
USER 10001:10001
ENTRYPOINT ["/usr/local/bin/app"]
