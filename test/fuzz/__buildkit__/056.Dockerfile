# escape=`

ARG GO

FROM --platform=/x=Z7a golang:${GO} AS base
CMD ["RUN id \u003c<EOF0"]
COPY --from=/ --chown=x.y --chmod=7``$5 --exclude=aa --exclude=/xZZ Z x.yZ7]{ abZ
MAINTAINER ]0/x

FROM base
