ARG GO

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS base
VOLUME ["nameb"]

FROM base
CMD ["_7x.y00", "ZZ|"]
HEALTHCHECK --interval=30s --retries=3 CMD ${HOME}*$!Zx.y
