FROM debian:12-slim
RUN service cron start
USER nobody
