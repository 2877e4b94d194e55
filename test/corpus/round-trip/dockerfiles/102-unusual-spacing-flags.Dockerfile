FROM --platform=linux/amd64 debian:bookworm-slim AS base
COPY --chown=0:0 --chmod=0644 a.txt b.txt /etc/app/
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update
HEALTHCHECK --interval=5s CMD ["true"]
ENTRYPOINT ["bash"]
