# manifests copies the root manifests, the lockfile and the package.json of the 3 packages @x/web is built from: the install below stays cached until one of them changes.
FROM node:22-bookworm AS manifests
WORKDIR /repo
COPY package.json package-lock.json ./
COPY packages/plain/package.json packages/plain/
COPY packages/shared/package.json packages/shared/
COPY apps/web/package.json apps/web/

# build installs what @x/web needs, adds the sources of its workspace closure and runs its build script through turbo.
FROM manifests AS build
RUN --mount=type=cache,target=/root/.npm,id=npm-cache,sharing=locked npm ci --workspace @x/web --include-workspace-root --no-audit --no-fund
COPY turbo.json ./
COPY packages/plain packages/plain
COPY packages/shared packages/shared
COPY apps/web apps/web
RUN npx turbo run build --filter=@x/web...

# prod-deps installs the production dependencies of @x/web only.
FROM manifests AS prod-deps
RUN --mount=type=cache,target=/root/.npm,id=npm-cache,sharing=locked npm ci --omit=dev --workspace @x/web --no-audit --no-fund

# runtime is what runs: the production dependencies, dist and public of @x/shared and @x/web, and the sources of @x/plain, as a non-root user.
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /repo
COPY --from=prod-deps /repo /repo
COPY packages/plain packages/plain
COPY --from=build /repo/packages/shared/dist /repo/packages/shared/dist
COPY --from=build /repo/packages/shared/public /repo/packages/shared/public
COPY --from=build /repo/apps/web/dist /repo/apps/web/dist
COPY --from=build /repo/apps/web/public /repo/apps/web/public
WORKDIR /repo/apps/web
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/server.js"]
