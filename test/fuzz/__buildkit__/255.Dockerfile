ARG GO

FROM golang:${GO} AS "Z7x.y
RUN --network=host --security=insecure app/xAS

FROM "Z7x.y
