# Z
ARG GO

FROM --platform=$$/x golang:${GO} AS |/x
USER 12
MAINTAINER name

FROM |/x
ADD --chown=4 --checksum=a [" Z", "\\\\"]
