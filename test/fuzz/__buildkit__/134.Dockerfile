# "/x
ARG GO=EOFname/$HOME

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
EXPOSE ${PORT}/udp [b 35785
EXPOSE app$5$$@ 16478 46530

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD [""]
