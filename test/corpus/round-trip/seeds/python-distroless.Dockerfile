FROM python:3.9-slim AS builder
WORKDIR /app
COPY . /app
RUN pip install -r requirements.txt

FROM gcr.io/distroless/python3
COPY --from=builder /app /app
CMD ["/app/app.py"]
