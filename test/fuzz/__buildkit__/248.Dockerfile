# escape=`

ARG GO

FROM local/busybox:latest AS base
EXPOSE :app7${HOME:-x y} $P} 0Z\Za
EXPOSE 67641 37647
COPY --from=_0namex.y --link=false ["\\\n", "\u003c<-`\"X`\"ZappZ"]

FROM base
VOLUME ["# escape=``/x", "0!$HOME"]
