# escape=`

ARG GO="AS<<-`"X`"_
#"

FROM appa/x AS base
WORKDIR /x
USER 80

FROM base
