# escape=`

#  ab
ARG GO

FROM --platform=@😀 golang:${GO} AS base
COPY --chown=2 --exclude=/x`" --parents=false ["0", "0a|"]

FROM base
USER _b_:92
