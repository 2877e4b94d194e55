# Zx.yname<<EOF7
ARG GO

FROM golang:${GO} AS base
LABEL 0b=_7
ADD --chown=ax.y0name --checksum=namex.y_ --keep-git-dir=false --unpack=false ["x.yb_", "]"]
HEALTHCHECK --interval=30s --retries=3 CMD ["", ","]

FROM base
LABEL 0="/x_|7a" "<<-\"X\"0<<EOF/x"=0/xb
VOLUME ["a\\\\/xx.y", "x.ya"]
