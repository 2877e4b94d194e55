# escape=`

ARG GO

FROM app/xZ? AS base
ENV A="" _=x.y
WORKDIR Zb

FROM base
