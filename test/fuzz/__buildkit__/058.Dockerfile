# Zname
ARG GO="${HOME:-x y}&&bb"

FROM --platform=$BUILDPLATFORM local/busybox:latest AS base
CMD ["/x"]
ENTRYPOINT ["", "Z"]

FROM base
