# escape=`

ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
WORKDIR "<<"
ADD --chmod=7``$5 --link --checksum=x.yaapp --unpack ["\u0000　", "aname/xapp7"]

FROM base
