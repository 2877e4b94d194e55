# escape=`

ARG GO

FROM _ AS base
WORKDIR 0Z
WORKDIR "nameb_"

FROM base
LABEL b7namex.yx.y="0﻿|70" Zaname_="_|" name="�xa"
VOLUME ["x.y\u003c<EOFapp,", "x.y"]
