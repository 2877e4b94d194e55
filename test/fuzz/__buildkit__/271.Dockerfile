# escape=`

ARG GO="7#"

FROM --platform=x.yb_ local/busybox:latest AS base
ENV x="ü]" A=x.yapp PATH_2="x.ybb&&"
COPY --from=base.v2 --chmod=u+x --link --parents=false ["$_x", "\u000b"]

FROM base
