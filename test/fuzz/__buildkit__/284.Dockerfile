ARG GO

FROM --platform=ba= golang:${GO} AS base
ENTRYPOINT /x
RUN --security=insecure --device=app0x.y# escape=` ["b7/x$!app", "_,appx.y", "x.yx.y# escape=`"]
EXPOSE 33690 @0${HOME:-x y} 80/tcp

FROM base
USER 0/name
