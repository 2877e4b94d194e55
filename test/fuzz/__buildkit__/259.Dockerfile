ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
EXPOSE 51135
HEALTHCHECK --interval=30s --retries=3 CMD x.yaEOF7$Aé

FROM base
