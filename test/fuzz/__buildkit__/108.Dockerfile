# escape=`

ARG GO

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS base
WORKDIR "appa#b"
ENTRYPOINT 7_/x 

FROM base
SHELL ["name?Z", "\r},"]
