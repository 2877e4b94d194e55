# escape=`

ARG GO=""

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS base
ENTRYPOINT appZ
HEALTHCHECK --interval=30s --retries=3 CMD ["x.yx.y;", "", "$HOMEx.y\f_/x"]

FROM base
