# escape=`

ARG GO

FROM --platform=linux/amd64 golang:${GO} AS base
ADD --chmod=0755 --checksum=/xapp --keep-git-dir ["EOF", "_7_ a"]

FROM base
WORKDIR "Z`$5x.y<<EOF|"
