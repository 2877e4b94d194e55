# escape=`

ARG GO

FROM --platform=Zname/x$Aé reg.io:5000/a/b@sha256:00 AS ﻿-Z
RUN --network=none ["[/x$Aé", "app!_\\\na", "\u003c<AS/x/x"]
CMD 0app/x
CMD ["ZASZ_$", "ZRUN id😀/x", "\u003c<EOF"]

FROM ﻿-Z
LABEL 7x.y7="" b--b0=Zapp/x
ENV PATH_2=a
