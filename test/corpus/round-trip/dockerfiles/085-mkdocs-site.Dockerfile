FROM python:3.12-slim AS docs
WORKDIR /docs
COPY requirements-docs.txt .
RUN pip install --no-cache-dir -r requirements-docs.txt
COPY mkdocs.yml .
COPY docs/ docs/
RUN mkdocs build --strict --site-dir /site

FROM nginx:1.27-alpine
COPY --from=docs /site /usr/share/nginx/html
