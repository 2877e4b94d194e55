# expect: DSL3043
# buildkit: accepts
FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json /app
USER node
