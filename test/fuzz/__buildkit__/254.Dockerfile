ARG GO

FROM --platform=aname b reg.io:5000/a/b@sha256:00 AS base
COPY --chmod=7\\$5 --parents 7Z 7

FROM base
COPY --from=_Z ["_name", "x.y", " "]
WORKDIR "0　"
