FROM alpine:3.20 AS zig
ARG ZIG_VERSION=0.13.0
RUN apk add --no-cache curl xz \
    && arch="$(uname -m)" \
    && curl -fsSL "https://ziglang.example.org/download/${ZIG_VERSION}/zig-linux-${arch}-${ZIG_VERSION}.tar.xz" \
       | tar -xJ -C /opt \
    && ln -s /opt/zig-linux-${arch}-${ZIG_VERSION}/zig /usr/local/bin/zig

FROM zig AS build
WORKDIR /src
COPY build.zig build.zig.zon ./
COPY src ./src
RUN zig build -Doptimize=ReleaseSmall

FROM scratch
COPY --from=build /src/zig-out/bin/tool /tool
ENTRYPOINT ["/tool"]
