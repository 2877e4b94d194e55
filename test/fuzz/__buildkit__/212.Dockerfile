# escape=`

ARG GO

FROM --platform=a|b/x* local/busybox:latest AS base
LABEL /-aa=name$app0 :/xZ=Z00 ax.yx.y="x.yx.yRUN ida_"

FROM base
