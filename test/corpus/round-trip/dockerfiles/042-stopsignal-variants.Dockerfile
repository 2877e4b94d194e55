FROM nginx:1.27-alpine AS web
STOPSIGNAL SIGQUIT

FROM php:8.3-apache AS apache
STOPSIGNAL SIGWINCH

FROM postgres:16 AS pg
STOPSIGNAL SIGINT

FROM alpine:3.20
STOPSIGNAL 15
CMD ["sleep", "infinity"]
