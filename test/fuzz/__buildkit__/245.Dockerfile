ARG GO

FROM --platform=7name reg.io:5000/a/b@sha256:00 AS base
COPY --from=70x.y --chown=_üa7b --link=false --parents=false ["Z/x`name", "x.y["]
VOLUME ["Zx.y@|name"]

FROM base
