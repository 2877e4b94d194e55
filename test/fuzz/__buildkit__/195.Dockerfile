ARG GO

FROM name_ZZ AS base
ADD /x0 Zx.yZ$HOME7

FROM base
