# `appb
ARG GO

FROM --platform=_Z name AS base
SHELL ["--mount=type=bind", "/xZapp"]

FROM base
