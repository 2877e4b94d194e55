# $Aé$<<-"X"0
ARG GO=""

FROM reg.io:5000/a/b@sha256:00 AS base
USER 55
ADD --chown=-appapp --checksum=\\\" --unpack=false ["ünamename", ",/x"]
HEALTHCHECK --interval=30s --retries=3 CMD x.y<<-"X"<<EOF7AS

FROM base
RUN --network=host --security=insecure --device=0 ["", "", "_;\udc00x="]
