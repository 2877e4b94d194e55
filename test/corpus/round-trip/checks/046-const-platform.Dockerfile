FROM --platform=linux/amd64 debian:12-slim AS base
USER nobody
