FROM debian:12-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN ["/bin/sh", "-c", "curl -fsSL https://get.example.test/i.sh | sh"]
USER nobody
