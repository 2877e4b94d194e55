# escape=`

# a😀$$x.y_
ARG GO=@

FROM local/busybox:latest AS appAS`
VOLUME ["\u003c<EOF/x7", "Zx.yx.yb", "àb"]
ENTRYPOINT ["Z# syntax=docker/dockerfile:1"]
ADD --chmod=7``$5 --checksum=x.y! --keep-git-dir=false ["${HOME:-x y}", "`'app`$`$\u003c<-`\"X`\""]

FROM appAS`
