# manifests copies package.json and package-lock.json only: the installs below stay cached until one of them changes.
FROM node:22-bookworm AS manifests
WORKDIR /app
COPY package.json package-lock.json ./

# prod-deps installs the production dependencies only: what the runtime copies.
FROM manifests AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund

# build installs all dependencies, adds the sources and runs the build script.
FROM manifests AS build
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# runtime is what runs: dist from build with the production dependencies, as a non-root user.
FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=prod-deps /app /app
COPY --from=build /app/dist /app/dist
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/server.js"]
