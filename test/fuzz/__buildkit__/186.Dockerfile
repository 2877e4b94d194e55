# escape=`

ARG GO

FROM local/busybox:latest AS base
ADD --exclude=aZ --checksum=* --unpack=false ["${HOME:-x y}", "/x0"]

FROM base
