ARG GO="# syntax=docker/dockerfile:1,<<"

FROM local/busybox:latest AS Zapp]
STOPSIGNAL 9
EXPOSE ${PORT}/udp $Pé $Pé
CMD ["*"]

FROM Zapp]
HEALTHCHECK --interval=30s --retries=3 CMD ;AS_
