# escape=`

ARG GO=app

FROM --platform=a local/busybox:latest AS base
CMD  x.y_
ADD --link ["app`$`$", ",a"]
MAINTAINER _😀

FROM base
