# manifests installs yarn 4.5.3, then copies the root manifests, the lockfile and the package.json of every workspace package (yarn checks its lockfile against all of them), but no sources: the install below stays cached until one of them changes.
FROM node:22-bookworm AS manifests
RUN --mount=type=cache,target=/root/.npm,id=npm-cache,sharing=locked npm install --global --force --no-audit --no-fund @yarnpkg/cli-dist@4.5.3
WORKDIR /repo
COPY package.json .yarnrc.yml yarn.lock ./
COPY apps/web/package.json apps/web/
COPY packages/plain/package.json packages/plain/
COPY packages/shared/package.json packages/shared/
COPY apps/api/package.json apps/api/

# build installs what @x/api needs, adds the sources of its workspace closure and runs build in @x/shared and @x/api, dependencies first.
FROM manifests AS build
RUN --mount=type=cache,target=/root/.yarn/berry/cache,id=yarn-cache,sharing=locked yarn install --immutable
COPY packages/plain packages/plain
COPY packages/shared packages/shared
COPY apps/api apps/api
RUN yarn workspaces foreach --recursive --topological --from @x/api run build

# prod-deps installs the production dependencies of @x/api only.
FROM manifests AS prod-deps
RUN --mount=type=cache,target=/root/.yarn/berry/cache,id=yarn-cache,sharing=locked yarn workspaces focus @x/api --production

# runtime is what runs: the production dependencies, dist of @x/shared and @x/api, and the sources of @x/plain, as a non-root user.
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /repo
COPY --from=prod-deps /repo /repo
COPY packages/plain packages/plain
COPY --from=build /repo/packages/shared/dist /repo/packages/shared/dist
COPY --from=build /repo/apps/api/dist /repo/apps/api/dist
WORKDIR /repo/apps/api
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/server.js"]
