# escape=`

# name
ARG GO

FROM --platform=/x local/busybox:latest AS base
STOPSIGNAL SIGRTMIN+3

FROM base
MAINTAINER _7bZ
COPY --from=base --chmod=0755 --exclude=_nameb --exclude=RUN idappname${<< ["]@00", "]app-"]
