# escape=`

ARG GO="?}Zx.yx.y"

FROM --platform=Z70ZZ local/busybox:latest AS base
COPY --from=base.v2 --chown=0 --exclude=Z/x --exclude=0 --parents=false x.y app$_x

FROM base
RUN --mount=type=tmpfs,target=/x --network=none --security=insecure ["", "b", ""]
