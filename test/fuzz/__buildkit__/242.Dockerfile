# escape=`

# 0/x
ARG GO

FROM --platform=77 reg.io:5000/a/b@sha256:00 AS _
USER "77/x_!:71"
STOPSIGNAL /xx.y
HEALTHCHECK --interval=30s --retries=3 CMD $HOME

FROM _
