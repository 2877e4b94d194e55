# escape=`

# 0_
ARG GO=""

FROM --platform=;0 /x$Aé golang:${GO} AS appba
VOLUME ["{", "/xapp$HOMEZ", "Zx.y"]

FROM appba
