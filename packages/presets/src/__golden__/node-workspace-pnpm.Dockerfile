# manifests installs pnpm 9.15.9, then copies the root manifests, the lockfile and the package.json of the 3 packages @x/api is built from: the install below stays cached until one of them changes.
FROM node:22-bookworm AS manifests
RUN --mount=type=cache,target=/root/.npm,id=npm-cache,sharing=locked --mount=type=secret,target=/run/secrets/npm-ca,id=npm-ca NODE_EXTRA_CA_CERTS=/run/secrets/npm-ca npm install --global --no-audit --no-fund pnpm@9.15.9
WORKDIR /repo
COPY package.json pnpm-workspace.yaml pnpm-lock.yaml ./
COPY packages/plain/package.json packages/plain/
COPY packages/shared/package.json packages/shared/
COPY apps/api/package.json apps/api/

# build installs what @x/api needs, adds the sources of its workspace closure and runs build in @x/shared and @x/api, dependencies first.
FROM manifests AS build
RUN --mount=type=cache,target=/pnpm/store,id=pnpm-store,sharing=locked --mount=type=secret,target=/run/secrets/npm-ca,id=npm-ca NODE_EXTRA_CA_CERTS=/run/secrets/npm-ca pnpm install --frozen-lockfile --filter @x/api... --store-dir /pnpm/store
COPY packages/plain packages/plain
COPY packages/shared packages/shared
COPY apps/api apps/api
RUN pnpm --filter @x/api... run build

# prod-deps deploys @x/api with its production dependencies only.
FROM build AS prod-deps
RUN --mount=type=cache,target=/pnpm/store,id=pnpm-store,sharing=locked --mount=type=secret,target=/run/secrets/npm-ca,id=npm-ca NODE_EXTRA_CA_CERTS=/run/secrets/npm-ca pnpm --filter @x/api deploy --prod --store-dir /pnpm/store /deploy

# runtime is what runs: the folder pnpm deploy made for @x/api, as a non-root user.
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /deploy /app
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/server.js"]
