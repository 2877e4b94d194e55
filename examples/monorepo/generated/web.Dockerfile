# manifests holds the package manager and the manifests only, so the installs below stay cached until the dependencies change.
FROM node:22-bookworm AS manifests
WORKDIR /app
COPY package.json package-lock.json ./

# prod-deps installs the production dependencies only: what the runtime copies.
FROM manifests AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund

# build installs all dependencies, adds the sources and builds the app.
FROM manifests AS build
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# runtime is what runs: production dependencies and build outputs on a slim base, as a non-root user.
FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=prod-deps /app /app
COPY --from=build /app/dist /app/dist
LABEL org.opencontainers.image.vendor=Acme org.opencontainers.image.title=web org.opencontainers.image.version=dev com.acme.team=storefront
USER 10101:10101
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/server.js"]
