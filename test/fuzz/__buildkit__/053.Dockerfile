ARG GO=_Z

FROM local/busybox:latest AS base
SHELL ["0="]

FROM base
WORKDIR name._/x
