# manifests installs pnpm 9.15.9, then copies package.json and pnpm-lock.yaml only: the installs below stay cached until one of them changes.
FROM node:22-bookworm AS manifests
RUN --mount=type=cache,target=/root/.npm npm install --global --no-audit --no-fund pnpm@9.15.9
WORKDIR /app
COPY package.json pnpm-lock.yaml ./

# prod-deps installs the production dependencies only: what the runtime copies.
FROM manifests AS prod-deps
RUN --mount=type=cache,target=/pnpm/store,id=pnpm-store pnpm install --prod --frozen-lockfile --store-dir /pnpm/store

# build installs all dependencies and adds the sources; no build script runs.
FROM manifests AS build
RUN --mount=type=cache,target=/pnpm/store,id=pnpm-store pnpm install --frozen-lockfile --store-dir /pnpm/store
COPY . .

# runtime is what runs: src from build with the production dependencies, as a non-root user.
FROM node:22-bookworm-slim@sha256:0000000000000000000000000000000000000000000000000000000000000000 AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=prod-deps /app /app
COPY --from=build /app/src /app/src
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "src/server.js"]
