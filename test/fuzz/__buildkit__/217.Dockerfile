# escape=`

ARG GO=b

FROM --platform=$BUILDPLATFORM local/busybox:latest AS ﻿
STOPSIGNAL 9
RUN --mount=type=ssh,required=false --mount=type=cache,target=*${A}éa_7,from=Base,uid=-1 --security=insecure --device=b/a ["/xapp", "0Z7"]
CMD 7

FROM ﻿
