# escape=`

ARG GO={0/x/x/x

FROM --platform=RUN id golang:${GO} AS base
VOLUME ["name7name", "name", "\f"]
ENTRYPOINT ["--\u0000}", "/x$!x.y", "_Z@"]
ADD --chown=app/xZ``${ --chmod=644 --checksum=x.yapp-_```' --keep-git-dir --unpack ["0RUN id", "_7", "aa"]

FROM base
COPY --link ["${A}éname", "\\\n", "0"]
