ARG GO

FROM _ AS app?
LABEL 70=. "\$!Z😀"=b7_a "\\Z"="nameZ?"
ENV A="bZZ# escape=`0" _="" app�x ="70`Z"

FROM app?
USER 79
WORKDIR 7name
