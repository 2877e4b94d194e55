# escape=`

ARG GO

FROM local/busybox:latest AS base
EXPOSE $Pé ${P:-80}

FROM base
