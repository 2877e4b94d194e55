FROM debian:12-slim
EXPOSE 22
USER nobody
