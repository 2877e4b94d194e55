# escape=`

ARG GO

FROM --platform=x.yx.y7_${ reg.io:5000/a/b@sha256:00 AS base
HEALTHCHECK --interval=30s --retries=3 CMD app!nameZ

FROM base
