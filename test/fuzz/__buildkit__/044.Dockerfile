# a
ARG GO="#"

FROM --platform=_x.yRUN id/x golang:${GO} AS x.yapp|
HEALTHCHECK --interval=30s --retries=3 CMD ["", ""]

FROM x.yapp|
