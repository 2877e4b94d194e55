# /x_$
ARG GO

FROM namex.y0x.yname AS base
ENTRYPOINT [" .a_x.y", "0;name_"]
STOPSIGNAL a7app70

FROM base
