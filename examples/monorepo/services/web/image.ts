import { acmeNodeService } from '@acme/docker-presets';

/**
 * The web app. Its build context is app/, a self-contained npm project: the image build runs
 * `npm ci` against app/package-lock.json and never sees the monorepo's tooling packages.
 */
export const web = acmeNodeService({ name: 'web', team: 'storefront', context: 'services/web/app' }, { ports: [3000] });
