ARG GO

FROM --platform=$BUILDPLATFORM b AS base
SHELL [""]
ADD --chown=0 ["_${A}é{", "\\\\_7x.y"]
VOLUME ["a\\'}app", "x.y /Z"]

FROM base
