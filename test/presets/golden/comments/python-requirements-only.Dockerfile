# build turns deploy/requirements.lock into wheels first (cached until it changes), then installs them into /srv/app; the project itself is not installed.
FROM python:3.12-slim-bookworm AS build
WORKDIR /src
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
COPY deploy/requirements.lock ./
RUN --mount=type=cache,target=/root/.cache/pip python3 -m pip wheel --wheel-dir /wheels -r requirements.lock
RUN python3 -m pip install --no-index --find-links /wheels --target /srv/app /wheels/*.whl

# runtime is what runs: the packages installed in /srv/app, copied from build without its wheels and tools, as a non-root user.
FROM python:3.12-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PYTHONPATH=/srv/app
COPY --from=build /srv/app /srv/app
WORKDIR /srv/app
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["python3", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status < 300 else 1)"]
ENTRYPOINT ["python3", "-m", "worker"]
