# escape=`

# x.y$_x<<EOF
ARG GO=a

FROM local/busybox:latest AS base
COPY --chown=app7*x.y--mount=type=bind --link --exclude=/x_ --exclude=bx.y ["à`$!b", "_=app\u003c<EOF"]

FROM base
VOLUME ["b--b", "_appnameZ/x"]
ENV PATH_2="0?b" _="_Z`$`$'à"
