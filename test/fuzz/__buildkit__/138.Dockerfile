# escape=`

# b
ARG GO=""

FROM --platform=$BUILDPLATFORM local/busybox:latest AS /xname77
ADD --checksum=0, --unpack ["Z7b_", "\u003c<-`\"X`\"a/xname"]
ENTRYPOINT ["/x"]

FROM /xname77
WORKDIR 0
ENTRYPOINT ["appZ_$Aé", "@/x7", ""]
