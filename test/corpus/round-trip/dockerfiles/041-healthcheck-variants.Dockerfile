FROM postgres:16-alpine AS db
HEALTHCHECK --interval=5s --timeout=5s --retries=10 CMD pg_isready -U postgres || exit 1

FROM redis:7-alpine AS cache
HEALTHCHECK --start-period=30s --start-interval=2s CMD ["redis-cli", "ping"]

FROM nginx:1.27 AS proxy
HEALTHCHECK NONE

FROM busybox:1.36
HEALTHCHECK --interval=1m30s --timeout=500ms CMD wget --spider -q http://localhost:8080/ || exit 1
CMD ["httpd", "-f", "-p", "8080"]
