FROM alpine:3.20
ADD nginx.conf /etc/nginx/nginx.conf
USER nobody
