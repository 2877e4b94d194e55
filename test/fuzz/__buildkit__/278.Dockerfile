ARG GO=""

FROM local/busybox:latest AS base
ENV 7Z😀7`=77name x=""
USER ax.y:0appZ
SHELL ["\u003c<nameZ\u003c<_", "7"]

FROM base
