# escape=`

ARG GO

FROM --platform=x.y/xname local/busybox:latest AS base
CMD name

FROM base
LABEL "a 7"="" _="/x ZEOF" Zapp0="${A}é/xaa"
VOLUME ["Znamex.y", "77　Z\f"]
