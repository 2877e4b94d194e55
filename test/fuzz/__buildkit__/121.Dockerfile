# escape=`

# x.y a
ARG GO="name_$_x<<EOFx.y"

FROM golang:${GO} AS base
CMD ["name*\r\n7|"]

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD $$EOFb0
CMD ["", "7\n${HOME}"]
