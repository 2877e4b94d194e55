ARG GO

FROM --platform=linux/amd64 golang:${GO} AS 7😀
CMD 0$_x
ENV PATH_2="namex.y\$!x.y!" b=""
VOLUME ["Z\\${b&&", "app", "app*"]

FROM 7😀
HEALTHCHECK --interval=30s --retries=3 CMD ["0x.y7"]
RUN --security=insecure --device=7 ["_0", "00Z﻿@", "_x.yname"]
