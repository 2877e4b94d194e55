ARG GO

FROM --platform="a |0�xapp AS base
COPY --from=base.v2 --exclude=aZ　 --exclude=_ ["7bname@ü", "appb7", "b0_app"]

FROM base
STOPSIGNAL SIGTERM
MAINTAINER a$Aéa
