# escape=`

# 0appb
ARG GO="name|#Z"

FROM --platform=$BUILDPLATFORM - AS base
VOLUME ["b0[.x.y"]
CMD /x/x/x.y
ENTRYPOINT name

FROM base
USER _
MAINTAINER 07b[
