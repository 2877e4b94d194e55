FROM python:3.12-slim
RUN pip install flask gunicorn==22.0.0
USER nobody
