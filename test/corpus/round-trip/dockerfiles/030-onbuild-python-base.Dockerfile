FROM python:3.10-slim
MAINTAINER Platform Team <platform@example.com>
RUN mkdir -p /usr/src/app
WORKDIR /usr/src/app
ONBUILD COPY requirements.txt /usr/src/app/
ONBUILD RUN pip install --no-cache-dir -r requirements.txt
ONBUILD COPY . /usr/src/app
ONBUILD ARG APP_VERSION=dev
ONBUILD LABEL org.opencontainers.image.version=${APP_VERSION}
ONBUILD HEALTHCHECK --interval=1m CMD python -m healthcheck
ONBUILD USER nobody
ONBUILD EXPOSE 8000
ONBUILD ENV PYTHONUNBUFFERED=1
ONBUILD WORKDIR /usr/src/app
ONBUILD VOLUME ["/usr/src/app/data"]
ONBUILD STOPSIGNAL SIGTERM
ONBUILD ENTRYPOINT ["python"]
ONBUILD CMD ["app.py"]
