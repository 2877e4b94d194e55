# escape=`

ARG GO="[appZa"

FROM --platform=$Aé golang:${GO} AS 7
VOLUME ["/x0_"]

FROM 7
ADD --chown=7&&app}$_x --chmod=644 --link=false --exclude=_/xZ --exclude=7 --checksum=name ["_", "RUN idx.yapp``x.y"]
