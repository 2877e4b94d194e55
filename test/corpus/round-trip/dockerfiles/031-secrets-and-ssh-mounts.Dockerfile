FROM alpine:3.20 AS fetch
RUN apk add --no-cache git openssh-client
RUN mkdir -p -m 0700 ~/.ssh && ssh-keyscan git.example.com >> ~/.ssh/known_hosts
RUN --mount=type=ssh,id=default,required git clone git@git.example.com:platform/private-lib.git /src/lib

FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,target=/root/.npmrc,id=npmrc,mode=0400 --mount=type=cache,target=/root/.npm,sharing=locked npm ci
RUN --mount=type=secret,id=sentry_token,env=SENTRY_AUTH_TOKEN npx sentry-cli releases list > /dev/null\
 || echo "no sentry access"

FROM node:20-alpine
COPY --from=fetch /src/lib /opt/lib
COPY --from=deps /app/node_modules /app/node_modules
CMD ["node", "/opt/lib/index.js"]
