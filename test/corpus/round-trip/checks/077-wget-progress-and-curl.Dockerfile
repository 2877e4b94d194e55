FROM debian:12-slim
RUN curl -fsSLO https://downloads.example.test/a.tgz
RUN wget https://downloads.example.test/b.tgz
USER nobody
