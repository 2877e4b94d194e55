import { goApp } from '@dockerdsl/presets';
import { settings, tag } from './settings.js';

// The Go service is its own module, outside the npm workspace: its context is its folder.
// Go comes from Debian's golang package; the binary is static and runs on scratch.
export const status = goApp({
  name: 'status',
  buildImage: { image: settings.debian, aptPackages: ['ca-certificates', 'golang-go'] },
  manifests: ['go.mod'],
  runtimeImage: 'scratch',
  ports: [8081],
  healthcheck: { command: ['/usr/local/bin/status', '-healthcheck'], interval: '2s', timeout: '2s', retries: 3 },
  tags: [tag('status')],
}).withImage({ context: 'services/status' });
