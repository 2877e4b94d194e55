# expect: DSL3044
# buildkit: accepts
FROM node:22-alpine
COPY package.json .
USER node
