ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
ENV a$Aé="<<" a_="üx.yZ"
VOLUME ["77ü/x${A}é"]

FROM base
MAINTAINER Z'aname<<
SHELL ["name\u003c<-\"X\"\u003c<${ü", "*b", "/x/x"]
