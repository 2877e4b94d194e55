# escape=`

ARG GO

FROM --platform=namename# escape=`app golang:${GO} AS base
VOLUME ["_à{"]
ENTRYPOINT 0
LABEL "#"="app7[aa" name/x=00 }="7ZRUN id"

FROM base
