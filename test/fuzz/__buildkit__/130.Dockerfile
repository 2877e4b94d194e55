# escape=`

ARG GO=appb

FROM --platform=7/xx.y]\ golang:${GO} AS base
CMD "[app/x
ENV _=app

FROM base
CMD /xEOFapp/x
