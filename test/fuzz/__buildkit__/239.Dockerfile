# escape=`

ARG GO=""

FROM reg.io:5000/a/b@sha256:00 AS base
SHELL [":/x&&", "7app0"]

FROM base
WORKDIR "_aà70"
