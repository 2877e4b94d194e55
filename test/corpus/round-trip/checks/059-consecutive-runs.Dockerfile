FROM alpine:3.20
RUN mkdir -p /srv/app
RUN chown nobody /srv/app
RUN chmod 750 /srv/app
USER nobody
