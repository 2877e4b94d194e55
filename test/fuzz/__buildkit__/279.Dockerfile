# escape=`

# _
ARG GO

FROM local/busybox:latest AS base
LABEL "x.yZa``"=""
STOPSIGNAL :7nameapp7
COPY --from=0  --chown=7 --link=false ["\u000b", "0b0app"]

FROM base
