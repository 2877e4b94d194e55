# expect: DSL3007
# buildkit: accepts
FROM alpine:latest
RUN echo hi
USER nobody
