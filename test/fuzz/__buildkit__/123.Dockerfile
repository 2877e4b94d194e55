# escape=`

ARG GO

FROM --platform=app golang:${GO} AS appapp
EXPOSE ${PORT}/udp /xname0	
VOLUME ["x.yappx.yx.y", "`${name/xx.y"]

FROM appapp
