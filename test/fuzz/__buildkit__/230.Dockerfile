
# # syntax=docker/dockerfile:1
ARG GO

FROM local/busybox:latest AS base
COPY --from=0namex.y
 --chown=6 --chmod=644 --link=false --exclude=0Zx.y<<EOFb --exclude=:😀app ["aü", "_appnameb", "\udc00x/"]

FROM base
