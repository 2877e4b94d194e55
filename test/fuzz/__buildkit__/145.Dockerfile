ARG GO=b_nameb

FROM ü AS base
LABEL bx.y==a_x.y7
RUN --network=host 70üname

FROM base
VOLUME ["x.yZ_Z\\$!"]
