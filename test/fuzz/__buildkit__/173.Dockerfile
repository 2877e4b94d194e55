# escape=`

# -Z
ARG GO=0appba7

FROM --platform=7 local/busybox:latest AS *　
SHELL ["\"x.yb", "a/xb", "-"]
USER "]7_ :7"

FROM *　
