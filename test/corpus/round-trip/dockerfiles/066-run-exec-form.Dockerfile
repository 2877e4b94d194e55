FROM debian:bookworm-slim
RUN ["apt-get", "update"]
RUN ["apt-get", "install", "-y", "--no-install-recommends", "ca-certificates"]
RUN ["/bin/bash", "-o", "pipefail", "-c", "echo ok | cat"]
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/install.sh | bash
CMD ["bash", "-l"]
