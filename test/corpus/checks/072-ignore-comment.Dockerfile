# expect: nothing
# buildkit: accepts
# dsl ignore=DSL3007 the mirror pins latest by digest
FROM alpine:latest
# hadolint ignore=DL3018
RUN apk add --no-cache curl
USER nobody
