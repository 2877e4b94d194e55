# escape=`

ARG GO="'b"

FROM reg.io:5000/a/b@sha256:00 AS base
LABEL "Z'"="" "_b"=b
COPY --chmod=u+x --link=false --exclude=namea{${HOME:-x y}{ --exclude=Z[
 --parents=false ! bbappappa /xb7

FROM base
LABEL 7="😀`$"
