FROM python:3.12-slim
WORKDIR /app
COPY . .
USER nobody
CMD gunicorn -b 0.0.0.0:8000 app:app
