FROM debian:12-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://get.example.test/install.sh | bash -s -- --yes
USER nobody
