# syntax=docker/dockerfile:1.7-labs
FROM node:22-alpine AS build
WORKDIR /repo
COPY --parents ./packages/*/package.json ./
COPY --parents=true ./apps/*/package.json ./
COPY package.json package-lock.json ./
RUN npm ci
COPY --exclude=**/*.test.ts --exclude=**/__fixtures__ . .
RUN npm run build --workspaces

FROM node:22-alpine
COPY --link --from=build /repo/apps/web/dist /srv/web
COPY --link=false --chmod=u=rwX,go=rX --from=build /repo/apps/web/public /srv/web/public
CMD ["node", "/srv/web/server.js"]
