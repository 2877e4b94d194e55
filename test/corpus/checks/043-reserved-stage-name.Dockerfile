# expect: DSL2014, DSL2015
# buildkit: accepts
FROM alpine:3.20 AS context
RUN true

FROM alpine:3.20
USER nobody
