# escape=`

# ?--mount=type=bind
ARG GO=""

FROM local/busybox:latest AS base
EXPOSE 28637 13486

FROM base
ENTRYPOINT ["07", "#"]
