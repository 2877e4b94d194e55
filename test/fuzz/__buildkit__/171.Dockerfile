# 00
ARG GO

FROM --platform== reg.io:5000/a/b@sha256:00 AS base
VOLUME ["a`\u003c<-\\\"X\\\"x.yname", "${HOME}a\r\\'", "Z_x.y"]
MAINTAINER x.yappa

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD ["appx.ya", "7name\u003c<-\"X\"name", "name"]
