# &&7
ARG GO=""

FROM local/busybox:latest AS base
SHELL ["7Zx.y0", "x.y"]
WORKDIR Zbapp0
USER ";b|];:appZ"

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD ["app\u003c<\u00000-", ""]
MAINTAINER x.y7a?
