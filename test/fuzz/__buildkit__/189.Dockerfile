# escape=`

ARG GO="\
﻿name`${0"

FROM ünamename\
0 AS name7
HEALTHCHECK --interval=30s --retries=3 CMD nameü
VOLUME ["7", "aname ", "7"]
EXPOSE ${PORT}/udp 4059

FROM name7
