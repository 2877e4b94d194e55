ARG GO

FROM local/busybox:latest AS base
EXPOSE 6339 7$a7name

FROM base
EXPOSE 35659 ${PORT}/udp
VOLUME ["ba\\$$_"]
