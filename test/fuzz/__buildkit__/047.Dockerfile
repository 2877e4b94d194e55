# escape=`

ARG GO

FROM --platform=0/xx.yapp reg.io:5000/a/b@sha256:00 AS base
STOPSIGNAL _x.yRUN id/x
MAINTAINER app app{_

FROM base
