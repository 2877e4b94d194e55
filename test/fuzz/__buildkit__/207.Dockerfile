# escape=`

ARG GO=" 
0"

FROM --platform=# escape=`ASRUN id reg.io:5000/a/b@sha256:00 AS _
Z0
HEALTHCHECK --interval=30s --retries=3 CMD [""]
RUN --mount=type=ssh,target=Z,required ["àx.yb﻿", "$Aé/x_", "\nb"]
ADD --chmod=7``$5 --link --exclude=x.y --exclude=b --unpack=false ["7", "x.y "]

FROM _
Z0
USER "b${A}éba7:72"
USER _x.yname:Z7b
