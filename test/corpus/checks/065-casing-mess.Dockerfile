# expect: DSL3045, DSL3046
# buildkit: accepts
FROM alpine:3.20 as base
Run echo hi
USER nobody
