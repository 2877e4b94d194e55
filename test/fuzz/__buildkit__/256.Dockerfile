ARG GO=""

FROM local/busybox:latest AS a
HEALTHCHECK --interval=30s --retries=3 CMD _namea

FROM a
WORKDIR "${A}é"
ENV PATH_2="a#7"
