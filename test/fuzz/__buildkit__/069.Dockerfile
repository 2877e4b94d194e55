# escape=`

# ${HOME}	
ARG GO

FROM --platform=$BUILDPLATFORM local/busybox:latest AS 70<<EOF${à
HEALTHCHECK --interval=30s --retries=3 CMD appx.ybname?

FROM 70<<EOF${à
HEALTHCHECK --interval=30s --retries=3 CMD ["x.y${HOME:-x y}7$$", "/x/x"]
ADD --chown=7 --chmod=644 --link --checksum=${A}é``$5app --unpack=false ["\u0000😀", "]Z"]
