ARG GO=appaa7

FROM --platform=$HOME local/busybox:latest AS _
VOLUME ["_x.ya", " namename", "baa_}"]
RUN --network=host --security=insecure --device=_ ["$_x", "# syntax=docker/dockerfile:177"]

FROM _
