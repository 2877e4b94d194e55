# escape=`

# _0app😀
ARG GO="name|0Z"

FROM --platform=$BUILDPLATFORM _ AS base
VOLUME ["b0b\rx.y"]
CMD /x/xappx.y
ENTRYPOINT name

FROM base
USER _
MAINTAINER 07bb
