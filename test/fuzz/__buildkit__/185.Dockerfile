# {
ARG GO

FROM golang:${GO} AS 7� b
STOPSIGNAL }_

FROM 7� b
