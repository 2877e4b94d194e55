FROM alpine:3.20 AS base
RUN adduser -D -u 10001 app
USER app

FROM base
COPY --chown=app:app app /home/app/app
CMD ["/home/app/app"]
