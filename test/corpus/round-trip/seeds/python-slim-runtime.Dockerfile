FROM python:3.9 AS builder
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt

FROM python:3.9-slim
WORKDIR /app
COPY --from=builder /app /app
CMD ["python", "app.py"]
