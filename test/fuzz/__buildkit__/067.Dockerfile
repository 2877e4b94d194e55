# escape=`

ARG GO

FROM --platform='70Z reg.io:5000/a/b@sha256:00 AS 0/x$5$Aé
SHELL ["00/x7"]
LABEL app=""

FROM 0/x$5$Aé
VOLUME ["\u003c<-`\"X`\"appZ--\f", "Zbx.y", "0--mount=type=bindbx.y0"]
