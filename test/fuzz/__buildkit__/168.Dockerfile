# escape=`

ARG GO=""

FROM   AS base
COPY --chown=9 --chmod=7``$5 --parents=false ["|$name``7", "_"]

FROM base
