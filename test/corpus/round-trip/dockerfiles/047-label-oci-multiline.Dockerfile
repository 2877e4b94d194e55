FROM scratch
ARG BUILD_DATE
ARG VCS_REF
ARG VERSION=0.0.0
LABEL org.opencontainers.image.title=edge-proxy org.opencontainers.image.description="A tiny reverse proxy for the edge" org.opencontainers.image.url=https://example.com/edge-proxy org.opencontainers.image.source=https://git.example.com/net/edge-proxy org.opencontainers.image.version=$VERSION org.opencontainers.image.revision=$VCS_REF org.opencontainers.image.created=$BUILD_DATE org.opencontainers.image.licenses=Apache-2.0 org.opencontainers.image.vendor="Example Networks"
COPY edge-proxy /edge-proxy
ENTRYPOINT ["/edge-proxy"]
