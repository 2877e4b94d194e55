ARG GO=ASappab7

FROM golang:${GO} AS base
COPY --from=app/x  --chown=7 --# escape=` --chmod=u+x --link app__/x name/xx.y
ENTRYPOINT [""]
LABEL ""=" \$" "aaapp"="/x 7b/x" "_0;_"=/x_

FROM base
