FROM node:22-alpine
RUN npm install -g pm2
USER node
