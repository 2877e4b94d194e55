ARG GO="name_ZZ"

FROM --platform=Zx.yZ$HOME7 reg.io:5000/a/b@sha256:00 AS Z7
STOPSIGNAL $SIG
HEALTHCHECK --interval=30s --retries=3 CMD _x.y
MAINTAINER ﻿

FROM Z7
EXPOSE 40142
