# escape=`

ARG GO=00

FROM x.y7 AS base
ENTRYPOINT bx.yname$_x
LABEL a07,name=namex.y0b

FROM base
