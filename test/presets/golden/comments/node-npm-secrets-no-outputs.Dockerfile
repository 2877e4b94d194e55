# manifests copies package.json, package-lock.json, and .npmrc.defaults only: the installs below stay cached until one of them changes.
FROM node:22-bookworm AS manifests
WORKDIR /app
COPY package.json package-lock.json .npmrc.defaults ./

# prod-deps installs the production dependencies only (the npmrc and proxy_ca secrets mounted, never copied): what the runtime copies.
FROM manifests AS prod-deps
RUN --mount=type=cache,target=/root/.npm --mount=type=secret,target=/root/.npmrc,id=npmrc,required --mount=type=secret,id=proxy_ca,required NODE_EXTRA_CA_CERTS=/run/secrets/proxy_ca npm ci --omit=dev --no-audit --no-fund

# build installs all dependencies (the npmrc and proxy_ca secrets mounted, never copied), adds the sources and runs the build:prod script.
FROM manifests AS build
RUN --mount=type=cache,target=/root/.npm --mount=type=secret,target=/root/.npmrc,id=npmrc,required --mount=type=secret,id=proxy_ca,required NODE_EXTRA_CA_CERTS=/run/secrets/proxy_ca npm ci --no-audit --no-fund
COPY . .
RUN npm run build:prod

# runtime is what runs: the production dependencies, as a non-root user.
FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY --from=prod-deps /app /app
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "server.js"]
