# Z_
ARG GO=""

FROM 70<<EOF${à AS base
WORKDIR nameappx.ybname
ADD --chown=/x=x.y/x --exclude=]Z --keep-git-dir=false ["\\$5", "x.y", "a@"]
EXPOSE app7

FROM base
