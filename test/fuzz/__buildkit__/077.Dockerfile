# 0name0/x_
ARG GO=app

FROM /0--mount=type=bind/x7 AS base
EXPOSE $PORT $PORT 33935
WORKDIR "nameZ\\
"

FROM base
