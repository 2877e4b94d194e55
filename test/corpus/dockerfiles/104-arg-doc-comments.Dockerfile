# NODE_VERSION is the Node.js release the image is built on
ARG NODE_VERSION=20.15.1

# base is the shared runtime layer
FROM node:${NODE_VERSION}-bookworm-slim AS base
# APP_PORT the port the server listens on
ARG APP_PORT=8080
# PNPM_VERSION pins the package manager
# (kept in step with package.json)
ARG PNPM_VERSION=9.4.0
ENV PORT=${APP_PORT}
RUN corepack enable && corepack prepare pnpm@${PNPM_VERSION} --activate

FROM base AS app
WORKDIR /srv
COPY . .
RUN pnpm install --frozen-lockfile \
    && pnpm build
USER node
CMD ["node", "dist/server.js"]
