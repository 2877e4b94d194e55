# escape=`

# 0Zappa
ARG GO

FROM --platform=aZ_a_ * AS --mount=type=bind_b0
VOLUME ["$_x", "*appapp", "bb/x"]
COPY --from=b --link=false --parents=false [".b,", "ax.ya", "${A}é# syntax=docker/dockerfile:1${HOME}"]

FROM --mount=type=bind_b0
STOPSIGNAL SIGRTMIN+3
ENTRYPOINT ["", "bx.y7--mount=type=bind"]
