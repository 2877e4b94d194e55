# expect: DSL3051
# buildkit: accepts
FROM docker:27-cli
VOLUME /var/run/docker.sock
USER nobody
