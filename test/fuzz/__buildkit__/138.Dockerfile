# escape=`

# b
ARG GO=""

FROM --platform=$BUILDPLATFORM local/busybox:latest AS /xname!7
ADD --checksum=0, --unpack ["Z7b_", "`\u003c<-`\"X`\"a;name"]
ENTRYPOINT ["/x"]

FROM /xname!7
WORKDIR 0
ENTRYPOINT ["appZ__", "a/x7", ""]
