FROM debian:12-slim
RUN useradd -r app
USER app
RUN id
USER root
