# manifests copies the root manifests, the lockfile and the package.json of the 3 packages @x/api is built from: the install below stays cached until one of them changes.
FROM node:22-bookworm AS manifests
WORKDIR /repo
COPY package.json .npmrc package-lock.json ./
COPY packages/plain/package.json packages/plain/
COPY packages/shared/package.json packages/shared/
COPY apps/api/package.json apps/api/

# build installs what @x/api needs and adds the sources of its workspace closure; no build script runs.
FROM manifests AS build
RUN --mount=type=cache,target=/root/.npm,id=npm-cache,sharing=locked npm ci --workspace @x/api --include-workspace-root --no-audit --no-fund
COPY packages/plain packages/plain
COPY packages/shared packages/shared
COPY apps/api apps/api

# prod-deps installs the production dependencies of @x/api only.
FROM manifests AS prod-deps
RUN --mount=type=cache,target=/root/.npm,id=npm-cache,sharing=locked npm ci --omit=dev --workspace @x/api --no-audit --no-fund

# runtime is what runs: the production dependencies and the sources of @x/plain, @x/shared, and @x/api, as a non-root user.
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /repo
COPY --from=prod-deps /repo /repo
COPY packages/plain packages/plain
COPY packages/shared packages/shared
COPY apps/api apps/api
WORKDIR /repo/apps/api
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "server.js"]
