# expect: DSL2012
# buildkit: accepts
ARG VERSION=1.4.2

FROM alpine:3.20
LABEL org.opencontainers.image.version=$VERSION
USER nobody
