FROM node:22-alpine
COPY . /app
RUN cd /app && npm ci --omit=dev
USER node
CMD ["node", "/app/server.js"]
