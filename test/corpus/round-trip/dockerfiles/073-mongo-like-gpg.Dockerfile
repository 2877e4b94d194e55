FROM ubuntu:jammy
RUN set -eux; \
	groupadd --gid 999 --system docstore; \
	useradd --uid 999 --system --gid docstore --home-dir /data/db docstore; \
	mkdir -p /data/db /data/configdb; \
	chown -R docstore:docstore /data/db /data/configdb
RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		ca-certificates \
		jq \
		numactl \
		procps \
	; \
	if ! command -v ps > /dev/null; then \
		apt-get install -y --no-install-recommends procps; \
	fi; \
	rm -rf /var/lib/apt/lists/*
ENV GPG_KEYS=39BD841E4BE5FB195A65400E6A26B1AE64C3C388
RUN set -ex; \
	export GNUPGHOME="$(mktemp -d)"; \
	for key in $GPG_KEYS; do \
		gpg --batch --keyserver keyserver.example.com --recv-keys "$key"; \
	done; \
	mkdir -p /etc/apt/keyrings; \
	gpg --batch --export "$GPG_KEYS" > /etc/apt/keyrings/docstore.gpg; \
	gpgconf --kill all; \
	rm -rf "$GNUPGHOME"
ARG DOCSTORE_REPO=repo.example.org
ENV DOCSTORE_REPO=${DOCSTORE_REPO}
ARG DOCSTORE_PACKAGE=docstore-org
ENV DOCSTORE_PACKAGE=${DOCSTORE_PACKAGE}
RUN set -x \
	&& export DEBIAN_FRONTEND=noninteractive \
	&& apt-get update \
	&& apt-get install -y ${DOCSTORE_PACKAGE}=7.0.12 \
	&& rm -rf /var/lib/apt/lists/* \
	&& rm -rf /var/lib/docstore \
	&& mv /etc/docstore.conf /etc/docstore.conf.orig
VOLUME ["/data/db", "/data/configdb"]
ENV HOME=/data/db
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
EXPOSE 27017
CMD ["docstored"]
