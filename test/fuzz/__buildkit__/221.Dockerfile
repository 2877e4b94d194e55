# name
ARG GO

FROM --platform=RUN idnamea local/busybox:latest AS base
COPY --chmod=644 --link --parents=false bZa a70x.y0
VOLUME ["appü\\${\\${", "name"]
USER "0\${`"

FROM base
