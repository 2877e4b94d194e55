# escape=`

# Z0]/x
ARG GO=x.yZ_

FROM reg.io:5000/a/b@sha256:00 AS base
STOPSIGNAL �7}
EXPOSE $$ 27004

FROM base
