FROM debian:12-slim
RUN useradd -u 123456789 app
USER app
