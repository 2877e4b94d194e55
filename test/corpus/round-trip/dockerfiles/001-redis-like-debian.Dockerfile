FROM debian:bookworm-slim
RUN set -eux; \
	groupadd -r -g 999 kvstore; \
	useradd -r -g kvstore -u 999 kvstore
RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		tzdata \
	; \
	rm -rf /var/lib/apt/lists/*
ENV GOSU_VERSION=1.17
RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates gnupg wget; \
	rm -rf /var/lib/apt/lists/*; \
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \
	wget -O /usr/local/bin/gosu "https://downloads.example.org/gosu/$GOSU_VERSION/gosu-$dpkgArch"; \
	chmod +x /usr/local/bin/gosu; \
	apt-mark auto '.*' > /dev/null; \
	[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	gosu --version; \
	gosu nobody true
ENV KV_VERSION=7.2.5
ENV KV_DOWNLOAD_URL=https://downloads.example.org/kv/kv-7.2.5.tar.gz
ENV KV_DOWNLOAD_SHA=5981179706f8391f03be91d951acafaeda91af7fac56beffb2701963103e423d
RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends gcc libc6-dev make wget; \
	wget -O kv.tar.gz "$KV_DOWNLOAD_URL"; \
	echo "$KV_DOWNLOAD_SHA *kv.tar.gz" | sha256sum -c -; \
	mkdir -p /usr/src/kv; \
	tar -xzf kv.tar.gz -C /usr/src/kv --strip-components=1; \
	rm kv.tar.gz; \
	make -C /usr/src/kv -j "$(nproc)" all; \
	make -C /usr/src/kv install; \
	rm -r /usr/src/kv; \
	apt-get purge -y --auto-remove gcc libc6-dev make wget; \
	rm -rf /var/lib/apt/lists/*
RUN mkdir /data && chown kvstore:kvstore /data
VOLUME ["/data"]
WORKDIR /data
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
EXPOSE 6379
CMD ["kv-server"]
