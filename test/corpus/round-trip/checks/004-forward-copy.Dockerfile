FROM alpine:3.20 AS assets
RUN mkdir -p /out && echo ok > /out/index.html

FROM alpine:3.20 AS app
COPY --from=assets /out /srv/www
USER nobody

FROM app
