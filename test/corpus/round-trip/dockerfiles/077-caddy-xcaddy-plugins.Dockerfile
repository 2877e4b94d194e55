FROM caddy:2.8-builder AS builder
RUN xcaddy build \
    --with github.example/caddy-dns/cloudflare \
    --with github.example/mholt/caddy-ratelimit

FROM caddy:2.8
COPY --from=builder /usr/bin/caddy /usr/bin/caddy
COPY Caddyfile /etc/caddy/Caddyfile
