# escape=`

#  name'
ARG GO="`${}_"

FROM --platform=_app 7# AS base
VOLUME ["x.y", "aZnamex.y"]
WORKDIR Z

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD ["/x:_# escape=`app", "&&b"]
