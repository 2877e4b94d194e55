# expect: DSL2018
# buildkit: accepts
FROM --platform=$TARGETPLATFORM alpine:3.20
USER nobody
