# escape=`

# /xZa
ARG GO

FROM reg.io:5000/a/b@sha256:00 AS <<EOFx.y
WORKDIR a
HEALTHCHECK --interval=30s --retries=3 CMD ["", "_0}&&/x"]

FROM <<EOFx.y
SHELL ["", ""]
EXPOSE #\
