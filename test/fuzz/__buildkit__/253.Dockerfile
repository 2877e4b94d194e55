ARG GO="_ZRUN id:/"

FROM --platform=EOFZ=/x" reg.io:5000/a/b@sha256:00 AS base
ENTRYPOINT ["x.y${HOME:-x y}7x.y"]
SHELL ["", ""]
COPY --chmod=u+x 7_0 x.y

FROM base
WORKDIR 7bx.y
