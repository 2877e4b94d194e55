# escape=`

ARG GO

FROM b0 AS ﻿
ENV PATH_2=Z_ _="/x	Zx.y=" A=""

FROM ﻿
ENTRYPOINT $name
