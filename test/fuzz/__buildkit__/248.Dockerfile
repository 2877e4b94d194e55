ARG GO

FROM golang:${GO} AS base
VOLUME ["0appZ", "--07\\$", "a7\\${0"]
RUN --security=insecure --device=EOFappappb ["/x_b0", "app", "/xa"]

FROM base
