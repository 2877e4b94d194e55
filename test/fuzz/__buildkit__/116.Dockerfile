# 7#
ARG GO="#"

FROM app AS base
LABEL "x.y#7"="?" x.yZb="" Znameb7="RUN id_AS"
LABEL /x="RUN id\\Z" "/x[/x7"=Zx.y/x/x_

FROM base
VOLUME ["7Zab/x", "/x77name7", "x.y"]
