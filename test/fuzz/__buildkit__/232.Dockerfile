# escape=`

# appx.y
ARG GO

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS [${
ENV x.y_0=_a_70

FROM [${
WORKDIR "7<<EOF"
