import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compose, toDockerfile } from '@dockerdsl/core';
import { goApp } from '@dockerdsl/presets';

// A config often holds two copies of @dockerdsl/core: the one a preset package imports and the
// one the user's file gets (its own node_modules). Handles made by one copy
// must work with the other. Here the presets use the TypeScript sources and the user's stage
// and image come from the built dist/ — two separate module graphs.
const root = fileURLToPath(new URL('../../', import.meta.url));
const distEntry = join(root, 'packages/core/dist/index.js');

describe('handles across two copies of @dockerdsl/core', () => {
  it('a stage from the other copy joins a preset, and an image from it builds a Compose service', async () => {
    expect(existsSync(distEntry), 'build the packages first (npm test does)').toBe(true);
    const other = (await import(pathToFileURL(distEntry).href)) as typeof import('@dockerdsl/core');
    expect(other.stage).not.toBe((await import('@dockerdsl/core')).stage);

    const api = goApp({ name: 'api' });
    const withTest = api.add('test', (st) => other.stage('test', { from: st.build }).run('go test ./...'));
    const text = toDockerfile(withTest.image());
    expect(text).toContain('FROM build AS test\nRUN go test ./...');
    expect(text.trimEnd().endsWith('ENTRYPOINT ["/usr/local/bin/api"]')).toBe(true);

    const tool = other.image('tool', { stages: [other.stage('main', { from: 'busybox:1.36' }).cmd(['true'])] });
    const service = compose.service('tool', { build: { image: tool } });
    expect(service.definition.build?.image).toMatchObject({ name: 'tool', stages: [{ name: 'main' }] });
  });
});
