FROM alpine:3.20 AS download
ARG TARGETARCH
ARG MC_RELEASE=RELEASE.2024-06-24T19-40-33Z
ADD https://dl.example.org/client/mc/release/linux-${TARGETARCH}/archive/mc.${MC_RELEASE} /usr/bin/mc
RUN chmod +x /usr/bin/mc && mc --version

FROM alpine:3.20
COPY --from=download /usr/bin/mc /usr/bin/mc
COPY mirror.sh /usr/local/bin/mirror.sh
ENTRYPOINT ["/usr/local/bin/mirror.sh"]
