FROM alpine:3.20
RUN set -eux; \
	addgroup -S -g 1000 kvstore; \
	adduser -S -G kvstore -u 999 kvstore
RUN set -eux; \
	apk add --no-cache \
		'su-exec>=0.2' \
		tzdata \
	;
ENV KV_VERSION=7.2.5
RUN set -eux; \
		apk add --no-cache --virtual .build-deps \
		coreutils \
		dpkg-dev dpkg \
		gcc \
		linux-headers \
		make \
		musl-dev \
		openssl-dev \
	; \
	wget -O kv.tar.gz "https://downloads.example.org/kv/kv-${KV_VERSION}.tar.gz"; \
	mkdir -p /usr/src/kv; \
	tar -xzf kv.tar.gz -C /usr/src/kv --strip-components=1; \
	rm kv.tar.gz; \
	gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \
	extraJemallocConfigureFlags="--build=$gnuArch"; \
	case "${gnuArch%%-*}" in \
		amd64 | i386 | x86_64) extraJemallocConfigureFlags="$extraJemallocConfigureFlags --with-lg-page=12" ;; \
		*) extraJemallocConfigureFlags="$extraJemallocConfigureFlags --with-lg-page=16" ;; \
	esac; \
	make -C /usr/src/kv -j "$(nproc)" all; \
	make -C /usr/src/kv install; \
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \
	)"; \
	apk add --no-network --virtual .kv-rundeps $runDeps; \
	apk del --no-network .build-deps; \
	kv-server --version
RUN mkdir /data && chown kvstore:kvstore /data
VOLUME ["/data"]
WORKDIR /data
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
EXPOSE 6379
CMD ["kv-server"]
