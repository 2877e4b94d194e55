# build syncs the closure's third-party dependencies from uv.lock first (cached until a manifest or the lockfile changes), then installs the members themselves.
FROM python:3.12-bookworm AS build
COPY --from=ghcr.io/astral-sh/uv:0.9.5 /uv /uvx /usr/local/bin/
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never
WORKDIR /app
COPY pyproject.toml .python-version uv.lock ./
COPY packages/util/pyproject.toml packages/util/
COPY packages/core/pyproject.toml packages/core/
COPY apps/api/pyproject.toml apps/api/
RUN --mount=type=cache,target=/root/.cache/uv,id=uv-cache,sharing=locked uv sync --frozen --no-dev --no-install-workspace --package api
COPY packages/util packages/util
COPY packages/core packages/core
COPY apps/api apps/api
RUN --mount=type=cache,target=/root/.cache/uv,id=uv-cache,sharing=locked uv sync --frozen --no-dev --no-editable --package api

# runtime is what runs: the venv alone, without uv or the sources, as a non-root user.
FROM python:3.12-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY --from=build /app/.venv /app/.venv
WORKDIR /app
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["/app/.venv/bin/python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status < 300 else 1)"]
ENTRYPOINT ["/app/.venv/bin/python", "-m", "api"]
