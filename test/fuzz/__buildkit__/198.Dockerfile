# escape=`

# 0
ARG GO=namenamex.yapp

FROM --platform=linux/amd64 b_-- AS base
WORKDIR appappb
ENV A=/xZ0 aapp=7
HEALTHCHECK --interval=30s --retries=3 CMD ["name-\nZ"]

FROM base
