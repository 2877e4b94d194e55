ARG GO="&&0x.yapp"

FROM --platform=linux/amd64 golang:${GO} AS $EOF
ADD --chown=7 --exclude=a�x 7 --unpack=false ["]\\${name_", "/xapp"]

FROM $EOF
MAINTAINER app$_xname
