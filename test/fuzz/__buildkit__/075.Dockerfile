ARG GO="name<<EOFZ_"

FROM golang:${GO} AS Z\
7
VOLUME [".\\$5Z7", "name0aZb", "Z"]

FROM Z\
7
USER 9
MAINTAINER |app
