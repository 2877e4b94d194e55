# escape=`

ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
ADD --chown=b --chmod=7``$5 --checksum=b$bx.y --keep-git-dir=false ["\udc00xnameZ/x", "app\r\nZ=7"]

FROM base
MAINTAINER 0
