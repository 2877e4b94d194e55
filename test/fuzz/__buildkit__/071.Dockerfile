# escape=`

# app/7
ARG GO=7--mount=type=bind

FROM --platform=[--x.y local/busybox:latest AS $!
ENTRYPOINT ["", ""]
HEALTHCHECK --interval=30s --retries=3 CMD ${HOME:-x y}/x7Z'
MAINTAINER _namea*

FROM $!
