ARG GO

FROM golang:${GO} AS base
EXPOSE name bà

FROM base
EXPOSE 80/tcp /xappb_a /xname
COPY --chown=.bname --link=false ["namex.ynamex.y", "Z_Za"]
