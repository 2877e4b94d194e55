FROM python:3.9 AS build-stage
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python build_assets.py

FROM python:3.9-slim AS final-stage
WORKDIR /app
COPY --from=build-stage /app /app
CMD ["python", "app.py"]
