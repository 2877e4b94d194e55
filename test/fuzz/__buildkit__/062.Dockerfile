ARG GO=app/xZ0

FROM --platform=$BUILDPLATFORM local/busybox:latest AS app$HOME7
SHELL ["x.ybname"]

FROM app$HOME7
RUN --network=none Zb
