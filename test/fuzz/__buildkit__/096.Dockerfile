# escape=`

ARG GO=name,

FROM --platform=$BUILDPLATFORM golang:${GO} AS base
USER 88
ENV PATH_2="" x=7 A=x.ynameapp
LABEL _appbb="0${HOME}x.ya#" /xname="name?" nameZ=".`"_name"

FROM base
STOPSIGNAL 0à[name
