FROM debian:bookworm-slim
RUN set -ex; \
	if ! command -v gpg > /dev/null; then \
		apt-get update; \
		apt-get install -y --no-install-recommends \
			gnupg \
			dirmngr \
		; \
		rm -rf /var/lib/apt/lists/*; \
	fi
RUN set -eux; \
	groupadd -r sqlsrv --gid=999; \
	useradd -r -g sqlsrv --uid=999 --home-dir=/var/lib/sqlsrv --shell=/bin/bash sqlsrv; \
	mkdir -p /var/lib/sqlsrv; \
	chown -R sqlsrv:sqlsrv /var/lib/sqlsrv
ENV GOSU_VERSION=1.17
ENV LANG=en_US.utf8
RUN set -eux; \
	if [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then \
		grep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \
		sed -ri '/\/usr\/share\/locale/d' /etc/dpkg/dpkg.cfg.d/docker; \
		! grep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \
	fi; \
	apt-get update; apt-get install -y --no-install-recommends locales; rm -rf /var/lib/apt/lists/*; \
	echo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen; \
	locale-gen; \
	locale -a | grep 'en_US.utf8'
RUN mkdir /docker-entrypoint-initdb.d
ENV SQL_MAJOR=16
ENV PATH=$PATH:/usr/lib/sqlsrv/$SQL_MAJOR/bin
ENV SQL_VERSION=16.3-1.pgdg120+1
RUN set -ex; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get update; \
	apt-get install -y --no-install-recommends "sqlsrv-$SQL_MAJOR=$SQL_VERSION"; \
	rm -rf /var/lib/apt/lists/*
RUN mkdir -p /var/run/sqlsrv\
 && chown -R sqlsrv:sqlsrv /var/run/sqlsrv\
 && chmod 3777 /var/run/sqlsrv
ENV PGDATA=/var/lib/sqlsrv/data
RUN mkdir -p "$PGDATA"\
 && chown -R sqlsrv:sqlsrv "$PGDATA"\
 && chmod 1777 "$PGDATA"
VOLUME ["/var/lib/sqlsrv/data"]
COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/
RUN ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh
ENTRYPOINT ["docker-entrypoint.sh"]
STOPSIGNAL SIGINT
EXPOSE 5432
CMD ["sqlsrv"]
