FROM alpine:3.20
MAINTAINER Platform Team <platform@example.test>
USER nobody
