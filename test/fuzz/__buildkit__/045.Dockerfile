# escape=`

ARG GO

FROM x.y AS base
VOLUME ["appname0x.yb", "name`${name_0"]
HEALTHCHECK --interval=30s --retries=3 CMD 7

FROM base
VOLUME ["/😀7$HOME", "/x!77b"]
WORKDIR app
