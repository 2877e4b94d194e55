# escape=`

# 7x.yüZü
ARG GO=""

FROM --platform=app _Z AS base
RUN --network=none ${app!/
STOPSIGNAL SIGRTMIN+3
SHELL ["namebapp"]

FROM base
