# escape=`

# _appappb
ARG GO

FROM _|/xRUN id AS base
SHELL ["{/x a", "7Z\r\n"]

FROM base
