# escape=`

ARG GO

FROM local/busybox:latest AS base
WORKDIR "app😀a"
SHELL ["app", "7EOFapp|", ""]
LABEL " "="0a àx.y" "0app_�x"="" "7Za.à"=x.yapp

FROM base
