FROM ubuntu:22.04
RUN apt-get update\
 && apt-get install -y --no-install-recommends python3\
 && rm -rf /var/lib/apt/lists/*
ENV PORT=8000
ENTRYPOINT exec python3 -m http.server "$PORT"
CMD echo "this is ignored with a shell-form entrypoint"
