FROM nginx:1.27-alpine
COPY <<EOF /etc/nginx/conf.d/default.conf
server {
    listen 8080;
    server_name _;
    root /usr/share/nginx/html;

    location /healthz {
        access_log off;
        return 200 "ok\n";
    }

    location / {
        try_files $uri $uri/ /index.html;
    }
}
EOF
COPY --chmod=0755 <<"SCRIPT" /docker-entrypoint.d/40-print-env.sh
#!/bin/sh
set -eu
echo "upstream is ${UPSTREAM:-unset}"
SCRIPT
COPY dist/ /usr/share/nginx/html/
EXPOSE 8080
HEALTHCHECK --interval=20s CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1
