# escape=`

ARG GO

FROM local/busybox:latest AS base
LABEL "`$Aé"="" 0Z{=b0
WORKDIR 0app7b

FROM base
LABEL a0=" Z" "`$50a0 "=0_ __="/x`"b7à"
CMD ["/x"]
