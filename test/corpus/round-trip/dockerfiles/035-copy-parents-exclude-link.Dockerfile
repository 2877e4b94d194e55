FROM node:22-alpine AS build
WORKDIR /repo
COPY --parents ./packages/*/package.json ./
COPY --parents ./apps/*/package.json ./
COPY package.json package-lock.json ./
RUN npm ci
COPY --exclude=**/*.test.ts --exclude=**/__fixtures__ . .
RUN npm run build --workspaces

FROM node:22-alpine
COPY --from=build --link /repo/apps/web/dist /srv/web
COPY --from=build --chmod=u=rwX,go=rX --link=false /repo/apps/web/public /srv/web/public
CMD ["node", "/srv/web/server.js"]
