ARG GO

FROM /x AS base
CMD !\RUN idx.y
SHELL ["_7\u000bx.y${HOME:-x y}", "${"]
CMD ["b0#/x$5"]

FROM base
MAINTAINER ab
MAINTAINER name"x.y0
