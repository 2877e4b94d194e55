# escape=`

# 0;ba
ARG GO=b_7

FROM _ AS appx.y
USER 3:88

FROM appx.y
