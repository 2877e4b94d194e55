# app
ARG GO=7

FROM --platform=x.y0* x.y<<EOFaa AS base
STOPSIGNAL 　x.y
LABEL "0app\$_x"=""
RUN --network=none --security=insecure --device=Z0 ["x.y"]

FROM base
WORKDIR "ZZapp
"
WORKDIR "/x0<<EOF"
