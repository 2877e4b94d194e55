ARG GO

FROM --platform=7 local/busybox:latest AS base
ENTRYPOINT ["app$$", "app__/x"]
WORKDIR "\${${A}é/x"

FROM base
