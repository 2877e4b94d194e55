FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx

FROM --platform=$BUILDPLATFORM rust:1.79-bookworm AS build
COPY --from=xx / /
ARG TARGETPLATFORM
RUN apt-get update && xx-apt-get install -y gcc g++ libc6-dev pkg-config
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry,id=cargo-registry-${TARGETPLATFORM} --mount=type=cache,target=/app/target,id=cargo-target-${TARGETPLATFORM} xx-cargo build --release --target-dir ./target && \
    xx-verify ./target/$(xx-cargo --print-target-triple)/release/tool && \
    cp ./target/$(xx-cargo --print-target-triple)/release/tool /tool

FROM debian:bookworm-slim
COPY --from=build /tool /usr/local/bin/tool
ENTRYPOINT ["tool"]
CMD ["--help"]
