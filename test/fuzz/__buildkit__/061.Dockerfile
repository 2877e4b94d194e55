# escape=`

ARG GO="namex.y<<-`"X`"appname"

FROM --platform=Z7a$$Z reg.io:5000/a/b@sha256:00 AS base
VOLUME ["b7app", "bname\u00000", "_7name|\\"]

FROM base
