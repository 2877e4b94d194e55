# escape=`

# 0
ARG GO=app

FROM golang:${GO} AS _/x/xx.yname
HEALTHCHECK --interval=30s --retries=3 CMD "Za

FROM _/x/xx.yname
LABEL /x=7/x0a=
CMD ["appEOF"]
