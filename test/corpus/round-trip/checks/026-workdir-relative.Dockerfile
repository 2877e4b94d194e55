FROM nginx:1.27
WORKDIR usr/share/nginx/html
COPY site/ ./
USER nginx
