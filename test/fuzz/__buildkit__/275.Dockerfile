# x.y_
ARG GO=""

FROM local/busybox:latest AS base
SHELL [" b", "a$!", ""]
SHELL ["\u003c<EOF"]
USER nameb/xapp

FROM base
ENTRYPOINT ["namea", "", "\"\nAS"]
