ARG GO

FROM --platform=$BUILDPLATFORM golang:${GO} AS _/x
ADD --chmod=u+x --checksum=,😀\\$5--a --unpack=false ["x.y77", "/# escape=`;/a"]
ADD --chmod=0755 --link=false --checksum=EOF7  --keep-git-dir=false --unpack=false ["70_", "name 0aapp", "[b0!"]
WORKDIR "`name0]b"

FROM _/x
ENV x="7RUN id0/xx.y" _=b7 A=${HOME}/x_}
