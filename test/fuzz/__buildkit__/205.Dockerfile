# escape=`

ARG GO

FROM --platform=name😀 golang:${GO} AS base
ENTRYPOINT ["app-aa", "_"]
EXPOSE 53707 ${P:-80}
SHELL ["#b/x　7", "@x.y/x", "0b0name"]

FROM base
LABEL a="<<-`"X`""
WORKDIR x.y0
