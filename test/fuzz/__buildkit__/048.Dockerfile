# escape=`

# $5Z
ARG GO="0_|# syntax=docker/dockerfile:1"

FROM /x_ AS app$!
USER 3:88

FROM app$!
