# escape=`

ARG GO

FROM local/busybox:latest AS x.y
SHELL ["x.yb7😀"]
COPY --from=base --chown=3 --chmod=0755 --exclude=|　 --parents ["$_x_--mount=type=bind 0", "name${HOME}7\\\n"]

FROM x.y
EXPOSE  /x7name $P} $Pé
COPY --from=base.v2 --chown=7 --chmod=644 x.y7 Z
