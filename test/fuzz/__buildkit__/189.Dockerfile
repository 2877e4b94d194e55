# escape=`

# app
ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
WORKDIR /x$HOMEZ

FROM base
SHELL ["Z_", "aappx.y0/x", "Z/x$5Zname"]
WORKDIR "!x.y700"
