ARG GO

FROM golang:${GO} AS Z
ENV A=Z PATH_2="namex.y\$!x.y!"
MAINTAINER app

FROM Z
