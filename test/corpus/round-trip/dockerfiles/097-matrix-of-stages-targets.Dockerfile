FROM node:20-alpine AS base
WORKDIR /app
COPY package*.json ./

FROM base AS development
ENV NODE_ENV=development
RUN npm install
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS test
ENV NODE_ENV=test
RUN npm ci
COPY . .
RUN npm run lint && npm test

FROM base AS production-deps
ENV NODE_ENV=production
RUN npm ci --omit=dev

FROM node:20-alpine AS production
ENV NODE_ENV=production
WORKDIR /app
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=test /app/dist ./dist
USER node
CMD ["node", "dist/main.js"]
