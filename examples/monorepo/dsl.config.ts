import { compose, defineConfig } from '@dockerdsl/core';
import { api } from './services/api/image.js';
import { web } from './services/web/image.js';
import { worker } from './services/worker/image.js';
import { db } from './infra/db.js';

const apiImage = api.image();
const webImage = web.image();
const workerImage = worker.image();

// The local stack: every service on one private network; the database keeps its data on a
// named volume; nothing starts before what it needs is healthy (by the images' own HEALTHCHECKs).
// The base file publishes nothing; compose.override.yaml (read by a plain `docker compose up`
// next to it) publishes the API and the web app on localhost for development.
const backend = compose.network('backend');
const dbData = compose.volume('db-data');

const dbService = compose.service('db', { build: { image: db }, networks: [backend], volumes: [compose.mount(dbData, '/data')], restart: 'unless-stopped' });
const apiService = compose.service('api', { build: { image: apiImage }, networks: [backend], restart: 'unless-stopped' });
const workerService = compose.service('worker', {
  build: { image: workerImage },
  networks: [backend],
  environment: { REDIS_HOST: 'db', REDIS_PORT: '6379' },
  dependsOn: [dbService.healthy()],
  restart: 'unless-stopped',
});
const webService = compose.service('web', {
  build: { image: webImage },
  networks: [backend],
  dependsOn: [apiService.healthy()],
  restart: 'unless-stopped',
});

export default defineConfig({
  images: [apiImage, webImage, workerImage, db],
  compose: [
    compose.stack('acme-platform', {
      services: [dbService, apiService, workerService, webService],
      overrides: {
        'compose.override.yaml': {
          services: {
            api: { ports: [{ target: 8080, published: 8080, hostIp: '127.0.0.1' }] },
            web: { ports: [{ target: 3000, published: 3000, hostIp: '127.0.0.1' }] },
          },
        },
      },
    }),
  ],
  outDir: 'generated',
});
