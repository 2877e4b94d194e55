# escape=`

# ]
ARG GO=b

FROM local/busybox:latest AS base
RUN --network=none --device=$Aéx.ynamex.y ["7anameba", "/7"]

FROM base
