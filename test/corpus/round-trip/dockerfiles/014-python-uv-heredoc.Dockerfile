FROM python:3.12-slim-bookworm AS build
SHELL ["sh", "-exc"]
RUN <<EOT
apt-get update -qy
apt-get install -qyy \
    -o APT::Install-Recommends=false \
    -o APT::Install-Suggests=false \
    build-essential \
    ca-certificates \
    python3-setuptools
EOT
COPY --from=ghcr-mirror/uv:0.4 /uv /usr/local/bin/uv
ENV UV_LINK_MODE=copy UV_COMPILE_BYTECODE=1 UV_PYTHON_DOWNLOADS=never UV_PROJECT_ENVIRONMENT=/app
RUN --mount=type=cache,target=/root/.cache --mount=type=bind,target=uv.lock,source=uv.lock --mount=type=bind,target=pyproject.toml,source=pyproject.toml uv sync --locked --no-dev --no-install-project
COPY . /src
WORKDIR /src
RUN --mount=type=cache,target=/root/.cache uv sync --locked --no-dev --no-editable

FROM python:3.12-slim-bookworm
SHELL ["sh", "-exc"]
RUN <<EOT
groupadd -r app
useradd -r -d /app -g app -N app
EOT
ENTRYPOINT ["/docker-entrypoint.sh"]
STOPSIGNAL SIGINT
COPY --from=build --chown=app:app /app /app
USER app
WORKDIR /app
RUN <<EOT
python -V
python -Im site
python -Ic 'import acme'
EOT
