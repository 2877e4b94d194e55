import { acmePythonService } from '@acme/docker-presets';

/** The Python worker: wheels built in one stage, only the installed package in the runtime. */
export const worker = acmePythonService({ name: 'worker', team: 'data', context: 'services/worker' }, { module: 'worker', ports: [8000] });
