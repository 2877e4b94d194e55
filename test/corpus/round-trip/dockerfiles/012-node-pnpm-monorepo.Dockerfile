FROM node:20-alpine AS base
ENV PNPM_HOME=/pnpm
ENV PATH=$PNPM_HOME:$PATH
RUN corepack enable

FROM base AS prod-deps
WORKDIR /repo
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY packages/api/package.json packages/api/
COPY packages/shared/package.json packages/shared/
RUN --mount=type=cache,target=/pnpm/store,id=pnpm pnpm install --prod --frozen-lockfile

FROM base AS build
WORKDIR /repo
COPY . .
RUN --mount=type=cache,target=/pnpm/store,id=pnpm pnpm install --frozen-lockfile
RUN pnpm --filter @acme/api... run build \
 && pnpm deploy --filter @acme/api --prod /out

FROM base
WORKDIR /srv
COPY --from=build /out .
EXPOSE 8000
CMD ["node", "dist/index.js"]
