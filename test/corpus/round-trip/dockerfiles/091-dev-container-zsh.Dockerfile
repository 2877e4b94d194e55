FROM mcr-mirror.example/devcontainers/base:bookworm
ARG USERNAME=vscode
ARG NODE_MAJOR=20
RUN apt-get update && export DEBIAN_FRONTEND=noninteractive \
    && apt-get -y install --no-install-recommends zsh fzf ripgrep fd-find \
    && curl -fsSL https://deb.example.org/setup_${NODE_MAJOR}.x | bash - \
    && apt-get -y install nodejs \
    && apt-get autoremove -y && apt-get clean -y && rm -rf /var/lib/apt/lists/*
RUN chsh -s /usr/bin/zsh ${USERNAME}
USER ${USERNAME}
RUN npm config set prefix ~/.npm-global
ENV PATH=/home/${USERNAME}/.npm-global/bin:$PATH
