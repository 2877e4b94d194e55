# &&0
ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
WORKDIR x.y
ADD --chmod=0755 --link=false --checksum=\\\\
<<-\\\"X\\\" --unpack=false Z /x:aZ

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD ["x.yZü", "/b"]
MAINTAINER 0_0,
