# expect: DSL3015, DSL3029
# buildkit: accepts
FROM debian:12-slim
RUN curl -fsSL https://get.example.test/install.sh | bash
USER nobody
