ARG GO=0/x/xname

FROM --platform=$BUILDPLATFORM ' AS _
ENTRYPOINT /x	x.y*
MAINTAINER 	

FROM _
USER 97
VOLUME ["nameapp"]
