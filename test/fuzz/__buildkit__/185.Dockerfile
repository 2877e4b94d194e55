# a0[Zb
ARG GO="<<-\"X\""

FROM --platform=$BUILDPLATFORM "/xx.y AS  7/xà
ENV app="" x=b_Zb/x |name=""

FROM  7/xà
