# escape=`

ARG GO=$HOME/7

FROM local/busybox:latest AS base
LABEL "--mount=type=bind"="<<-`"X`"_Za"
ADD --chown=x.y --chmod=7``$5 --link --unpack ["RUN idbapp`${", "a", "7``a0"]
ENTRYPOINT _


FROM base
