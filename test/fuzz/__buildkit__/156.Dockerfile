# escape=`

ARG GO

FROM local/busybox:latest AS base
USER "|/x/xx.y:`${/x"
USER "appb*:86"
ENTRYPOINT _
/x

FROM base
ADD --chown=9 --chmod=644 --link --unpack ["\rx.ya/xx.y", "{0a"]
USER "ax.y=b`$`$"
