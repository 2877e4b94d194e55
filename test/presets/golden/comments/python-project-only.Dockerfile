# build builds the project's wheel (without build isolation) and installs it alone (no requirements file) into /opt/app.
FROM python:3.12-slim-bookworm AS build
WORKDIR /src
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
COPY . .
RUN --mount=type=cache,target=/root/.cache/pip python3 -m pip wheel --no-deps --no-build-isolation --wheel-dir /wheels .\
 && python3 -m pip install --no-index --find-links /wheels --target /opt/app /wheels/*.whl

# runtime is what runs: the packages installed in /opt/app, copied from build without its wheels and tools, as a non-root user.
FROM python:3.12-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PYTHONPATH=/opt/app
COPY --from=build /opt/app /opt/app
WORKDIR /opt/app
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["python3", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status < 300 else 1)"]
ENTRYPOINT ["python3", "-m", "worker"]
