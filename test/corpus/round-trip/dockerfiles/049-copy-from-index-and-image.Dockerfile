FROM golang:1.22-alpine
WORKDIR /src
COPY main.go .
RUN go build -o /hello main.go

FROM alpine:3.20
COPY --from=0 /hello /usr/local/bin/hello
COPY --from=busybox:1.36-musl /bin/busybox /bin/busybox
COPY --from=nginx:1.27-alpine /etc/nginx/nginx.conf /etc/nginx/nginx.conf
CMD ["hello"]
