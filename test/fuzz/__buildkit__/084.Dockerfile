ARG GO="/x\\"

FROM reg.io:5000/a/b@sha256:00 AS base
COPY --chmod=u+x --link=false ["&&Zb😀", "\fx.yZname"]
MAINTAINER aZ${

FROM base
LABEL 7=7bb "\\"=name/x "]x.yb_"="/x&&7"
