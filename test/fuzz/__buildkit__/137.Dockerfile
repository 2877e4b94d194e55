# x.y<<-"X" 
ARG GO="_*Z0﻿"

FROM b AS base
RUN --mount=type=bind,target=Z,source=nameappapp --mount=type=cache,target=_0app7Z,source=bappb,sharing=private,uid=-1 ["\u000b`a", "b"]

FROM base
STOPSIGNAL $SIG
ENTRYPOINT a
