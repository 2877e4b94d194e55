ARG GO

FROM --platform=﻿ golang:${GO} AS namename"
SHELL ["${HOME}/xapp*0", "7${HOME:-x y}#😀"]
COPY --from=base.v2 --exclude=/x\\ --exclude=Z7 --parents=false ["\udc00xEOF/x", "app"]

FROM namename"
