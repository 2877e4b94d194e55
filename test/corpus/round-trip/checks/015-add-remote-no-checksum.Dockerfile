FROM alpine:3.20
ADD https://downloads.example.test/tool-2.1.tar.gz /opt/
USER nobody
