# escape=`

# AS
ARG GO="Z\
a__"

FROM --platform=$BUILDPLATFORM 
Z AS base
VOLUME ["ab${HOME:-x y}appü", "EOF", "\\77\u003c<EOF0"]

FROM base
