
# /x--mount=type=bind0
ARG GO=app_

FROM --platform=0ba Z AS base
COPY --chown=3 --chmod=644 --link=false ["x.yax.yb_", "${A}é/xà"]

FROM base
