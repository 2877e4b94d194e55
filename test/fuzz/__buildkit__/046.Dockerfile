# escape=`

# b}]bb
ARG GO

FROM --platform=$BUILDPLATFORM golang:${GO} AS base
USER 27:93

FROM base
CMD ["", "0"]
