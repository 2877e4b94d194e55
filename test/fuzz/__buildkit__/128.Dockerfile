ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
ADD --keep-git-dir=false ["x.y", "x.y:name", "ü"]

FROM base
ENV A="\$"
WORKDIR "a/x]namename"
