FROM python:3.9-slim
LABEL maintainer=youremail@example.com
LABEL version=1.0
ENV APP_ENV=production
WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir -r requirements.txt
EXPOSE 5000
CMD ["python", "app.py"]
