# expect: DSL3011
# buildkit: accepts
FROM node:22-alpine
ARG NPM_TOKEN
ENV DATABASE_PASSWORD=changeme
WORKDIR /app
USER node
