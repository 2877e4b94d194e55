FROM golang:1.22
ENV PATH=$PAHT:/usr/local/go/bin
USER nobody
