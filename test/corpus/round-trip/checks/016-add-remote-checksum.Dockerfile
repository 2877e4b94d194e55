FROM alpine:3.20
ADD --checksum=sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 https://downloads.example.test/tool-2.1.tar.gz /opt/
USER nobody
