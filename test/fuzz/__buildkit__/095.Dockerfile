ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
LABEL x.y0a="😀#\"0"

FROM base
ADD --chown=app/x --chmod=0755 --keep-git-dir=false --unpack ["{0a", "/x_appbapp", " appapp/x"]
