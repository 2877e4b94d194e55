# x.ybZ
ARG GO

FROM --platform=
--mount=type=bindZ reg.io:5000/a/b@sha256:00 AS base
HEALTHCHECK --interval=30s --retries=3 CMD [""]
VOLUME ["7a\\$!a\\$!", "\n/x/xx.y"]

FROM base
ENTRYPOINT 	ü
VOLUME ["$_xa", "`:_", "b7b"]
