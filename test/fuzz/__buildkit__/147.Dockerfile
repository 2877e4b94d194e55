# escape=`

ARG GO=";a0"

FROM --platform=$BUILDPLATFORM local/busybox:latest AS base
LABEL "0àa0Z"="[" "`$HOMEa"="" "# escape=``x.yx.y--mount=type=bindZ"="0
/x"

FROM base
