# x.yapp'
ARG GO="app7_x.y"

FROM $ AS base
WORKDIR "b0RUN id"
LABEL _AS/x="$_x/x='/x" x.y-7=""

FROM base
ENV A=bname x="/x.yüx.yapp" PATH_2="app\\"
