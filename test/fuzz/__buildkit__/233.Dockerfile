ARG GO

FROM local/busybox:latest AS base
MAINTAINER x.ynameb
COPY --link namea app7Z
SHELL ["", "bbb/x{"]

FROM base
RUN --security=insecure ["_", "", "7"]
SHELL ["bZ--mount=type=bind"]
