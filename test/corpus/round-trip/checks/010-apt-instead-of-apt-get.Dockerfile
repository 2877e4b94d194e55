FROM debian:12-slim
RUN apt update\
 && apt install -y --no-install-recommends tini=0.19.0-1\
 && rm -rf /var/lib/apt/lists/*
USER nobody
