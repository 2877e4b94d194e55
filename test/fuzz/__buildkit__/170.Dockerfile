# escape=`

ARG GO=""

FROM --platform=7/x| reg.io:5000/a/b@sha256:00 AS base
COPY --chmod=644 --link=false ["aZname", "name\u0000\\\nZ"]
CMD ["", "\udc00x/x/x/x\t", ""]

FROM base
