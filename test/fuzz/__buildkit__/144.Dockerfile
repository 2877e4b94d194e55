# /x
ARG GO

FROM   AS base
RUN --security=insecure ${HOME} app
ADD --chown=x.ya7 --link --checksum=x.y --unpack=false ["　,b--mount=type=bind", "$nameapp _"]
HEALTHCHECK --interval=30s --retries=3 CMD $_x0--mount=type=bind

FROM base
