FROM eclipse-temurin:17-jre-jammy
ARG STREAM_VERSION=3.7.0
ARG SCALA_VERSION=2.13
ENV STREAM_HOME=/opt/stream PATH=/opt/stream/bin:$PATH
RUN set -eux ; \
    apt-get update ; \
    apt-get upgrade -y ; \
    apt-get install -y --no-install-recommends curl gpg ; \
    mkdir -p "$STREAM_HOME" ; \
    curl -fsSL "https://archive.example.org/stream/${STREAM_VERSION}/stream_${SCALA_VERSION}-${STREAM_VERSION}.tgz" -o /tmp/stream.tgz ; \
    tar xfz /tmp/stream.tgz -C "$STREAM_HOME" --strip-components 1 ; \
    rm -f /tmp/stream.tgz ; \
    apt-get remove -y curl gpg ; \
    apt-get clean ; \
    rm -rf /var/lib/apt/lists/* ; \
    adduser --home /home/appuser --disabled-password --gecos "" appuser ; \
    mkdir -p /var/lib/stream/data /etc/stream/secrets ; \
    chown appuser:appuser -R /var/lib/stream /etc/stream "$STREAM_HOME"
USER appuser
VOLUME ["/etc/stream/secrets", "/var/lib/stream/data"]
EXPOSE 9092 9093
CMD ["stream-server-start.sh", "/etc/stream/server.properties"]
