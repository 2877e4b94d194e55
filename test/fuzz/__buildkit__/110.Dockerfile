ARG GO=""

FROM golang:${GO} AS base
LABEL "\$name\$Z"=""
WORKDIR "\$\$"
EXPOSE appapp$_x 9183 41141

FROM base
