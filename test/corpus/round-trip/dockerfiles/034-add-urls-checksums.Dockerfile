FROM debian:bookworm-slim
ARG TINI_VERSION=v0.19.0
ADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c https://downloads.example.org/tini/${TINI_VERSION}/tini-static /tini
RUN chmod +x /tini
ADD --keep-git-dir https://git.example.com/platform/buildkit-tools.git#v0.13.0 /src/tools
ADD --unpack https://downloads.example.org/archives/assets.tar.gz /srv/assets/
ADD --chown=1000:1000 --chmod=0644 config/*.yaml /etc/app/
ADD vendor.tar.xz /opt/vendor/
ENTRYPOINT ["/tini", "--"]
CMD ["/opt/vendor/bin/run"]
