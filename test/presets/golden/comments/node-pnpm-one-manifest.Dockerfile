# manifests installs pnpm 10.1.0, then copies package.json only: the installs below stay cached until it changes.
FROM node:22-bookworm AS manifests
RUN --mount=type=cache,target=/root/.npm npm install --global --no-audit --no-fund pnpm@10.1.0
WORKDIR /app
COPY package.json ./

# prod-deps installs the production dependencies only: what the runtime copies.
FROM manifests AS prod-deps
RUN --mount=type=cache,target=/pnpm/store,id=pnpm-store pnpm install --prod --frozen-lockfile --store-dir /pnpm/store

# build installs all dependencies, adds the sources and runs the build script.
FROM manifests AS build
RUN --mount=type=cache,target=/pnpm/store,id=pnpm-store pnpm install --frozen-lockfile --store-dir /pnpm/store
COPY . .
RUN pnpm run build

# runtime is what runs: dist and public from build with the production dependencies, as a non-root user.
FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=prod-deps /app /app
COPY --from=build /app/dist /app/dist
COPY --from=build /app/public /app/public
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/server.js"]
