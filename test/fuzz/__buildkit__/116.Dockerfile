# escape=`

ARG GO=7x.y

FROM x.y AS  
LABEL "x.y<<EOF"=""
LABEL "aapp_'"=""

FROM  
