# /
ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
WORKDIR "x.y\$$_ZZ"
VOLUME ["]a/xname0", "name", "x.yappx.yx.y"]

FROM base
SHELL ["x.y7/x", "ab="]
RUN --security=insecure --device=x.yappZ 　0
