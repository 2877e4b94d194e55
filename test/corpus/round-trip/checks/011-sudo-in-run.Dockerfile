FROM debian:12-slim
USER nobody
RUN sudo mkdir -p /srv/data
