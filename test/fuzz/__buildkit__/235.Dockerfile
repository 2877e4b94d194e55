# escape=`

# b0
ARG GO=0_

FROM golang:${GO} AS 0ü7a
SHELL ["/x"]

FROM 0ü7a
EXPOSE 27074 /xZ
