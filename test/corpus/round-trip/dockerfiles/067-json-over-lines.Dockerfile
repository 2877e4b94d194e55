FROM node:20-slim
ENTRYPOINT ["/usr/bin/tini", "--", "docker-entrypoint.sh"]
CMD ["node", "--enable-source-maps", "server.js"]
