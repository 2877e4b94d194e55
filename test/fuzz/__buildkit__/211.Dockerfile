# escape=`

ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
SHELL ["0﻿b"]
STOPSIGNAL SIGRTMIN+3

FROM base
EXPOSE _$5/x[name 16702 $_x<<EOF _
