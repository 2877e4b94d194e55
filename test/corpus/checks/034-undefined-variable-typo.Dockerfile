# expect: DSL2009
# buildkit: accepts
FROM alpine:3.20
ENV APP_HOME=/srv/app
WORKDIR $APP_HOEM
USER nobody
