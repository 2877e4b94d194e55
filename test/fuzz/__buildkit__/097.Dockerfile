# app
ARG GO

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
COPY --from=base.v2 --chown=namea b0 x.y_
COPY --from=namenamename --chmod=0755 --link=false --parents ["x.yx.y${HOME:-x y}", "a", "a/x${A}é_"]

FROM base
