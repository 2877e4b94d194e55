# escape=`

ARG GO

FROM --platform=b local/busybox:latest AS _Z
ADD --chown=x.yb&& --link=false --exclude=7-- --unpack=false ["`\u003c<-`\"X`\"x.yname ", "a\r`'"]
WORKDIR x.yax.y7
SHELL ["name\r\nname$"]

FROM _Z
WORKDIR "bappZ`${"
WORKDIR "ü0_"
