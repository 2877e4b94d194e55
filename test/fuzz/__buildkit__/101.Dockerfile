# escape=`

# 0
# à
ARG GO

FROM --platform=$BUILDPLATFORM local/busybox:latest AS base
LABEL 0Z="--mount=type=bind" "aappa# escape=``"=x.y
CMD ["name7\u0000bx.y"]
EXPOSE 42081 $P}

FROM base
