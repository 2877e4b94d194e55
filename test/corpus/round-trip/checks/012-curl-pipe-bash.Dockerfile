FROM debian:12-slim
RUN curl -fsSL https://get.example.test/install.sh | bash
USER nobody
