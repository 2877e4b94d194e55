ARG GO

FROM local/busybox:latest AS base
ENV PATH_2=""

FROM base
