FROM ubuntu:22.04 AS builder
RUN for iter in 1 2 3 4 5 6 7 8 9 10; do \
      apt-get update && \
      apt-get install -y curl && \
      exit_code=0 && break || \
        exit_code=$? && echo "apt-get error: retry $iter in 10s" && sleep 10; \
    done; \
    exit $exit_code
WORKDIR /usr/share/search
RUN curl --retry 10 -S -L --output /tmp/search.tar.gz https://artifacts.example.org/search-8.14.1-linux-$(arch).tar.gz
RUN tar -zxf /tmp/search.tar.gz --strip-components=1 && rm /tmp/search.tar.gz
RUN sed -i -e 's/SEARCH_DISTRIBUTION_TYPE=tar/SEARCH_DISTRIBUTION_TYPE=docker/' bin/search-env
RUN mkdir -p config config/jvm.options.d data logs plugins && \
    chmod 0775 config config/jvm.options.d data logs plugins

FROM ubuntu:22.04
ENV SEARCH_CONTAINER=true
RUN groupadd -g 1000 search && \
    adduser --uid 1000 --gid 1000 --home /usr/share/search search && \
    adduser search root && \
    chown -R 0:0 /usr/share/search
WORKDIR /usr/share/search
COPY --from=builder --chown=0:0 /usr/share/search /usr/share/search
ENV PATH=/usr/share/search/bin:$PATH
EXPOSE 9200 9300
LABEL org.opencontainers.image.title=search org.opencontainers.image.vendor=Example
ENTRYPOINT ["/bin/tini", "--", "/usr/local/bin/docker-entrypoint.sh"]
CMD ["eswrapper"]
USER 1000:0
HEALTHCHECK --interval=10s --timeout=5s --start-period=1m --retries=5 CMD curl -I -f --max-time 5 http://localhost:9200 || exit 1
