ARG GO

FROM local/busybox:latest AS base
ENV A=app
ENTRYPOINT ["7Z_${HOME:-x y}# syntax=docker/dockerfile:1", "appapp$_x"]

FROM base
