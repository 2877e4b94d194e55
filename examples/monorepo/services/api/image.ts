import { acmeGoService } from '@acme/docker-presets';

/**
 * The Go API on scratch. The binary probes itself (`-healthcheck`): scratch has no shell or
 * curl. The module has no dependencies, hence no go.sum to copy.
 */
export const api = acmeGoService(
  { name: 'api', team: 'payments', context: 'services/api' },
  { manifests: ['go.mod'], ports: [8080], healthcheck: { command: ['/usr/local/bin/api', '-healthcheck'] } },
);
