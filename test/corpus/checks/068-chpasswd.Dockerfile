# expect: DSL3029, DSL3050
# buildkit: accepts
FROM debian:12-slim
RUN useradd -m dev && echo "dev:dev" | chpasswd
USER dev
