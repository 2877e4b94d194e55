# escape=`

# ba7x.y
ARG GO=" /x_["

FROM --platform=$BUILDPLATFORM local/busybox:latest AS base
RUN --network=host --security=insecure ${HOME:-x y}

FROM base
ENV A="@${HOME:-x y}" PATH_2="?RUN id" _=/x_
