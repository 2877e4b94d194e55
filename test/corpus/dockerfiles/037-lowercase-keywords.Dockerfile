from alpine:3.19 as base
run apk add --no-cache bash curl
workdir /work
copy entrypoint.sh /usr/local/bin/entrypoint.sh
run chmod +x /usr/local/bin/entrypoint.sh
env APP_MODE=worker
expose 9000
user nobody
entrypoint ["/usr/local/bin/entrypoint.sh"]
cmd ["--help"]
