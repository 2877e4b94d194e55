import { stage } from '@dockerdsl/core';
import { acmeGoService } from '@acme/docker-presets';

/**
 * The Go API on scratch. The binary probes itself (`-healthcheck`): scratch has no shell or
 * curl. The module has no dependencies, hence no go.sum to copy. A `test` stage, added to the
 * company preset, runs the unit tests on top of the build stage (`docker build --target test`);
 * building the runtime target skips it.
 */
export const api = acmeGoService(
  { name: 'api', team: 'payments', context: 'services/api' },
  { manifests: ['go.mod'], ports: [8080], healthcheck: { command: ['/usr/local/bin/api', '-healthcheck'] } },
).add('test', (stages) => stage('test', { from: stages.build, comment: 'test runs the unit tests against the build stage.' }).run('go vet ./... && go test ./...'));
