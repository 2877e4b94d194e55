# escape=`

ARG GO

FROM --platform=-0Zname golang:${GO} AS $5
ENV x=aappax.y
LABEL app.__="x.y0_/x;" /x="" x.yx.y=}_
LABEL app/xZ7=0 b=appnamename

FROM $5
RUN --security=insecure ;[
