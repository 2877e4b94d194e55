# appb
ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
WORKDIR x.y{0
HEALTHCHECK --interval=30s --retries=3 CMD ["", "$$namename"]
SHELL ["bZ?", "x.yapp\udc00xb--"]

FROM base
CMD 7/x/x
STOPSIGNAL $SIG
