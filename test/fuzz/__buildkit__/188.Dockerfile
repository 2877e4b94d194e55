# $HOMEü/x}7
ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
USER "*:85"
ENV _="_7!x.y" A="{]Z7" x={7_Z
ENV A="-ASa7" *_$x.y=/xx.y_EOF7

FROM base
