FROM python:3.12-slim
RUN pip install --no-cache-dir --extra-index-url https://pypi.internal.example.test/simple acme-utils==1.2.0
USER nobody
