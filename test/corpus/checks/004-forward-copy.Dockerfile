# expect: DSL2008
# buildkit: rejects
FROM alpine:3.20 AS app
COPY --from=assets /out /srv/www
USER nobody

FROM alpine:3.20 AS assets
RUN mkdir -p /out && echo ok > /out/index.html

FROM app
