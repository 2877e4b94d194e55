# escape=`

ARG GO

FROM _ x.yname AS base
STOPSIGNAL SIGTERM
WORKDIR "﻿"
RUN --network=host --security=insecure ["appname", "\r\f_", "\t7.\u003c<EOFb"]

FROM base
