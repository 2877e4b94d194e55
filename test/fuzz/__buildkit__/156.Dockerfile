# /xàname}
ARG GO=""

FROM local/busybox:latest AS base
ENV PATH_2="" x=""
ENV x=aa_AS
HEALTHCHECK --interval=30s --retries=3 CMD _/x[$a

FROM base
ENV x="&&${HOME:-x y}" A="# escape=`\"ba0"
HEALTHCHECK --interval=30s --retries=3 CMD ["/xb", "app", ""]
