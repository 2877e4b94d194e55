# escape=`

# \
# namename
ARG GO

FROM --platform=$BUILDPLATFORM local/busybox:latest AS base
ADD --chown=Z --chmod=u+x --keep-git-dir --unpack Z 0
COPY --from=appa0_ --link=false --parents=false ["--mount=type=bind", "7appb"]

FROM base
