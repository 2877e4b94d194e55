# escape=`

ARG GO

FROM local/busybox:latest AS x.y0b
LABEL Z_a_=x.y app_=/xappb
RUN --network=host ["/x"]
HEALTHCHECK --interval=30s --retries=3 CMD /77,app

FROM x.y0b
