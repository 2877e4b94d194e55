import { compose } from '@dockerdsl/core';
import { api } from './api.js';

const apiService = compose.service('api', {
  build: { image: api },
  ports: [{ target: 8080, published: 8080 }],
  environment: { PORT: '8080' },
  restart: 'unless-stopped',
});

/** `docker compose -f generated/compose.yaml up` runs the API on port 8080. */
export const stack = compose.stack('dsl-example', { services: [apiService] });
