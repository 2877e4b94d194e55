ARG ALPINE_VERSION=3.20

FROM alpine:${ALPINE_VERSION}
LABEL maintainer="Web Team <web@example.com>"
ENV WEB_VERSION=1.27.0
ENV PKG_RELEASE=1
RUN set -x \
    && addgroup -g 101 -S web \
    && adduser -S -D -H -u 101 -h /var/cache/web -s /sbin/nologin -G web -g web web \
    && apkArch="$(cat /etc/apk/arch)" \
    && tempDir="$(mktemp -d)" \
    && chown nobody:nobody $tempDir \
    && case "$apkArch" in \
        x86_64|aarch64) \
            apk add --no-cache "web-server=${WEB_VERSION}-r${PKG_RELEASE}" ;; \
        *) \
            apk add --no-cache --virtual .build-deps gcc libc-dev make openssl-dev pcre2-dev zlib-dev linux-headers \
            && su nobody -s /bin/sh -c " \
                export HOME=${tempDir} \
                && cd ${tempDir} \
                && make all \
                " \
            && apk del --no-network .build-deps ;; \
    esac \
    && rm -rf "$tempDir" \
    && apk add --no-cache tzdata \
    && ln -sf /dev/stdout /var/log/web/access.log \
    && ln -sf /dev/stderr /var/log/web/error.log \
    && mkdir /docker-entrypoint.d
COPY docker-entrypoint.sh /
COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d
COPY 20-envsubst-on-templates.sh /docker-entrypoint.d
COPY 30-tune-worker-processes.sh /docker-entrypoint.d
ENTRYPOINT ["/docker-entrypoint.sh"]
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["web", "-g", "daemon off;"]
