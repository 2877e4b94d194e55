# expect: DSL3024, DSL3025
# buildkit: accepts
FROM alpine:3.20
RUN apk update && apk add curl
USER nobody
