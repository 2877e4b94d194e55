# escape=`

# Z!/xaapp
ARG GO=""

FROM reg.io:5000/a/b@sha256:00 AS base
SHELL ["/x"]

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD }7/x
