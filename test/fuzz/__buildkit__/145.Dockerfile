# escape=`

ARG GO

FROM --platform=$BUILDPLATFORM b_nameb AS ü
MAINTAINER \/xx.y@_

FROM ü
