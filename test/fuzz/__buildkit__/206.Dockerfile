# escape=`

# ba7Za
ARG GO=70bZa

FROM --platform={ reg.io:5000/a/b@sha256:00 AS 😀$5
STOPSIGNAL _x.y0#
MAINTAINER /x😀
VOLUME ["x.y", "b", "##"]

FROM 😀$5
MAINTAINER name
