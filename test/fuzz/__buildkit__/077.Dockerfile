# escape=`

ARG GO="Z`$5_EOFb"

FROM local/busybox:latest AS base
EXPOSE _
RUN --network=host --security=insecure ["a00x.y", ""]
WORKDIR "`$5"

FROM base
USER "93:$HOMEx.y``"
COPY --chown=5 [";x.ynamenameAS", "  app}"]
