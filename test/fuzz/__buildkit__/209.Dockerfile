# escape=`

ARG GO="'`$0"

FROM golang:${GO} AS base
SHELL ["?", "_0\u0000$Aé_"]
COPY --from=x.yZZ--mount=type=bindname --link --exclude=&&0``_$ ["Z/x\\\n", "$bapp${A}é"]
SHELL ["", "ZappZ", "7"]

FROM base
ENTRYPOINT {b_7
SHELL ["_RUN idZ", "namex.y", "$5$]Z"]
