ARG GO=appapp

FROM x.yZ`Z AS base
HEALTHCHECK --interval=30s --retries=3 CMD a'Z_/
WORKDIR "_ 0"

FROM base
