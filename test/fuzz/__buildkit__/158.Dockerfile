# appb
ARG GO="<<\$5/x"

FROM --platform=b_ reg.io:5000/a/b@sha256:00 AS base
HEALTHCHECK --interval=30s --retries=3 CMD ["a77", "", "﻿"]
RUN --network=none /xx.y

FROM base
