# escape=`

ARG GO="x.y7# syntax=docker/dockerfile:1Z7"

FROM local/busybox:latest AS base
USER b:93
COPY --chown=_&&#x.y7 --chmod=u+x 77x.y]app bZ/x
WORKDIR "Z_x.y7<<-`"X`""

FROM base
CMD ["${HOME}", "$5"]
