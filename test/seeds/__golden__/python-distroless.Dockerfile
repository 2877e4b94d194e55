# Stage 1: Build the application using a full image
FROM python:3.9-slim AS builder
WORKDIR /app
COPY . /app
RUN pip install -r requirements.txt

# Stage 2: Create a minimal, distroless image for production
FROM gcr.io/distroless/python3
COPY --from=builder /app /app
CMD ["/app/app.py"]
