FROM --platform=$TARGETPLATFORM alpine:3.20
USER nobody
