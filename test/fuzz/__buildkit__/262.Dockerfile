# escape=`

# ?<<-"X"Z$_x$
ARG GO

FROM --platform=Z@😀 golang:${GO} AS base
ENTRYPOINT ["\r\naRUN idx.y", " nameb_", ""]
WORKDIR b

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD ["/xappapp?"]
