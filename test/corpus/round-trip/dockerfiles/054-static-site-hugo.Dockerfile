FROM klakegg/hugo:0.111.3-ext-alpine AS site
WORKDIR /src
COPY . .
RUN hugo --minify --gc --destination /public

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY --from=site /public /usr/share/nginx/html
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
EXPOSE 8080
