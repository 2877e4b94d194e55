ARG GO

FROM --platform=linux/amd64 app AS x.y0a
WORKDIR 0appbb
EXPOSE 61324 8590
WORKDIR "﻿/x"

FROM x.y0a
ADD --unpack=false ["app_7 app", "${HOME}_/x\\$\\$${HOME}"]
