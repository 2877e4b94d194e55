# escape=`

ARG GO

FROM --platform=﻿$HOME local/busybox:latest AS base
EXPOSE RUN id&&ü/x $Pé

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD ["", "/xname0"]
