# escape=`

ARG GO

FROM local/busybox:latest AS 07Zname
HEALTHCHECK --interval=30s --retries=3 CMD b

FROM 07Zname
