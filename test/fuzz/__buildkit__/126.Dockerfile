# escape=`

ARG GO

FROM local/busybox:latest AS 7# syntax=docker/dockerfile:1# syntax=docker/dockerfile:1RUN id7
WORKDIR app
STOPSIGNAL _0app

FROM 7# syntax=docker/dockerfile:1# syntax=docker/dockerfile:1RUN id7
ENV PATH_2="*"
COPY --link=false ["__Z", "`\u003c<EOF$Z0"]
