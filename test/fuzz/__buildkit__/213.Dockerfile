# escape=`

ARG GO

FROM --platform=$BUILDPLATFORM local/busybox:latest AS base
ENTRYPOINT ["", "!0\"$$$", "7_"]
EXPOSE 0<<EOF7_{ ${PORT}/udp
STOPSIGNAL _# escape=`00

FROM base
STOPSIGNAL app7nameaZ
