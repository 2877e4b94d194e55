# b0/x/x/x
ARG GO

FROM --platform=$BUILDPLATFORM b AS base
LABEL "name`"=namex.y name=app

FROM base
LABEL .app=_ "'aapp"="" b=""
HEALTHCHECK --interval=30s --retries=3 CMD [""]
