# escape=`

# b�x\
#
ARG GO

FROM golang:${GO} AS namex.y
LABEL "_Züa# escape=``"="]ZASapp7" "``a}"=name
HEALTHCHECK --interval=30s --retries=3 CMD _0x.y0-
MAINTAINER /x*

FROM namex.y
HEALTHCHECK --interval=30s --retries=3 CMD ["0aZRUN id", "${HOME:-x y}", "😀/xZZb"]
