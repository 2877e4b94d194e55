# �7_
ARG GO

FROM golang:${GO} AS ${/xx.y/x7
CMD ["${0", "", ""]

FROM ${/xx.y/x7
USER 92
