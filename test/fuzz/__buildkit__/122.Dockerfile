# escape=`

# 0/xapp}_
ARG GO=/x_

FROM --platform=$BUILDPLATFORM local/busybox:latest AS base
COPY --link=false --parents=false a app

FROM base
ADD --chown=app --link=false --exclude=app --checksum=<<Z_Z name${HOME}* __
