FROM golang:1.22-alpine AS builder
RUN set -x \
  && apk add --update git musl-dev gcc \
  && GOPATH=/tmp/gocode go install github.example/mail/catcher@latest

FROM alpine:3.20
WORKDIR /bin
COPY --from=builder /tmp/gocode/bin/catcher /bin/catcher
RUN adduser -D -u 1000 catcher
USER catcher
WORKDIR /home/catcher
ENTRYPOINT ["catcher"]
EXPOSE 1025 8025
