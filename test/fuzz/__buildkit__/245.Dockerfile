ARG GO=nameapp0

FROM local/busybox:latest AS base
STOPSIGNAL 0Zname&&name

FROM base
