ARG GO=Zappa

FROM --platform=# reg.io:5000/a/b@sha256:00 AS base
ENV PATH_2="0<<EOFapp" _="" x=a_}Z_
LABEL Z0=""

FROM base
