# escape=`

ARG GO

FROM --platform=$BUILDPLATFORM local/busybox:latest AS base
EXPOSE 47166 9657 ${PORT}/udp
ENTRYPOINT _700
ADD --chown=0 --chmod=644 --link=false --checksum=7=_${HOME}　 --keep-git-dir=false --unpack ["RUN idname/x7", ".app", "/x"]

FROM base
CMD namename
