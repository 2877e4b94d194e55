FROM debian:12-slim
RUN useradd -m dev && echo "dev:dev" | chpasswd
USER dev
