FROM node:22-alpine
COPY package.json .
USER node
