# Every instruction the seed notes describe, gathered from their one-line examples.
ARG VERSION=1.0

FROM python:3.10-slim
LABEL maintainer=youremail@example.com
LABEL version=1.0
SHELL ["/bin/bash", "-c"]
ENV APP_ENV=production
WORKDIR /app
RUN useradd -m appuser
COPY requirements.txt .
RUN pip install -r requirements.txt
ADD app.tar.gz /usr/src/app/
RUN apt-get update \
 && apt-get install -y curl \
 && rm -rf /var/lib/apt/lists/*
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK CMD curl --fail http://localhost:8000/health || exit 1
USER appuser
ENTRYPOINT ["uvicorn"]
CMD ["app:app"]
