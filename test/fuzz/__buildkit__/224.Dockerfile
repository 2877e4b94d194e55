ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
USER __

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD x.y# escape=`_
HEALTHCHECK --interval=30s --retries=3 CMD ["ü7RUN id\n/x", "", ""]
