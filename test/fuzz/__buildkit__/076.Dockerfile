# escape=`

# bbname,
ARG GO=".RUN id"

FROM --platform=$5ZappZ local/busybox:latest AS <<EOF
VOLUME ["0|__7"]
USER 2

FROM <<EOF
RUN --mount=type=tmpfs,target=b_ --network=host app${HOME:-x y}0app
