# escape=`

# !�x
ARG GO=b__

FROM --platform='Zname' local/busybox:latest AS base
CMD # syntax=docker/dockerfile:17
COPY --from=base.v2 --chown=0 --exclude=Z$$ --exclude=
 --parents=false x.y appb
STOPSIGNAL SIGRTMIN+3

FROM base
COPY --from=Base --chmod=u+x --link --parents ["b", "${HOME:-x y}--mount=type=bind"]
