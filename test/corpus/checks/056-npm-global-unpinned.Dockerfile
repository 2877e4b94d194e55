# expect: DSL3028
# buildkit: accepts
FROM node:22-alpine
RUN npm install -g pm2
USER node
