# escape=`

# app}{
ARG GO

FROM --platform=$BUILDPLATFORM x.ynamename_a AS base
RUN --security=insecure .
ADD --chown=<<-```"X```"appZZ --link ["`\"EOFb", "7ZZ", "/xx.yb$HOME"]
ENTRYPOINT ["/xapp/xappZ", ""]

FROM base
ENTRYPOINT 0
HEALTHCHECK --interval=30s --retries=3 CMD ["{ZZ", "_7name"]
