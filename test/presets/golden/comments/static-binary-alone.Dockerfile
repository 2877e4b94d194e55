FROM rust:1.82-bookworm AS compile
WORKDIR /src
COPY . .
RUN cargo build --release && install -D target/release/tool /out/app

# runtime is what runs: the binary from compile alone, as a non-root user.
FROM scratch AS runtime
COPY --from=compile /out/app /usr/local/bin/app
USER 10001:10001
ENTRYPOINT ["/usr/local/bin/app"]
