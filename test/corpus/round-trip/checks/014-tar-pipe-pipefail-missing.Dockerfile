FROM debian:12-slim
RUN wget -qO- https://downloads.example.test/tool-2.1.tgz | tar -xz -C /usr/local/bin
USER nobody
