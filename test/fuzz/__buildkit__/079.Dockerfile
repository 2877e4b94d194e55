# escape=`

# x.yname]/x
ARG GO="=	"

FROM --platform=$$ local/busybox:latest AS $!Z_
VOLUME ["#x.y7Z", "/x😀_{", "x.y_\u003c<EOF"]

FROM $!Z_
LABEL "a77"="700&&"
HEALTHCHECK --interval=30s --retries=3 CMD ["app\ud800_b", ""]
