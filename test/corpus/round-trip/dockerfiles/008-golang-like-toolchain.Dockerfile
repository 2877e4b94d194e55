FROM buildpack-deps:bookworm-scm AS build
ENV PATH=/usr/local/go/bin:$PATH
ENV GOLANG_VERSION=1.22.5
RUN set -eux; \
	now="$(date '+%s')"; \
	arch="$(dpkg --print-architecture)"; arch="${arch##*-}"; \
	url=; \
	case "$arch" in \
		'amd64') \
			url='https://dl.example.org/go/go1.22.5.linux-amd64.tar.gz'; \
			sha256='904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0'; \
			;; \
		'arm64') \
			url='https://dl.example.org/go/go1.22.5.linux-arm64.tar.gz'; \
			sha256='8d21325bfcf431be3660527c1a39d3d9ad71535fabdf5041c826e44e31642b5a'; \
			;; \
		*) echo >&2 "error: unsupported architecture '$arch' (likely packaging update needed)"; exit 1 ;; \
	esac; \
		wget -O go.tgz.asc "$url.asc"; \
	wget -O go.tgz "$url" --progress=dot:giga; \
	echo "$sha256 *go.tgz" | sha256sum -c -; \
		tar -C /usr/local -xzf go.tgz; \
	rm go.tgz; \
		touchy="$(date -d "@$now" '+%Y%m%d%H%M.%S')"; \
	touch -t "$touchy" /usr/local/.docker-build-timestamp; \
		go version

FROM buildpack-deps:bookworm-scm
RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		g++ \
		gcc \
		libc6-dev \
		make \
		pkg-config \
	; \
	rm -rf /var/lib/apt/lists/*
ENV GOLANG_VERSION=1.22.5
ENV GOTOOLCHAIN=local
ENV GOPATH=/go
ENV PATH=$GOPATH/bin:/usr/local/go/bin:$PATH
COPY --from=build --link /usr/local/go/ /usr/local/go/
RUN mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"
WORKDIR $GOPATH
