# expect: DSL3032
# buildkit: accepts
FROM debian:12-slim
EXPOSE 22
USER nobody
