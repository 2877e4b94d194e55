import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { composeConfig } from './support/docker-compose.js';

const layout = { projectDir: '/p', outDir: '/p' };

const base: compose.ComposeStack = {
  name: 'merge',
  services: {
    web: {
      image: 'nginx:1.27',
      command: ['nginx', '-g', 'daemon off;'],
      environment: { A: '1', B: '2' },
      ports: [{ target: 80, published: 8080 }],
      volumes: [{ type: 'bind', source: './site', target: '/www', readOnly: true }],
      labels: { team: 'web' },
      healthcheck: { test: ['true'], interval: '30s' },
    },
  },
};

const patch: compose.StackPatch = {
  services: {
    web: {
      image: 'nginx:1.27-alpine',
      command: ['nginx-debug', '-g', 'daemon off;'],
      environment: { B: '3', C: '4' },
      ports: [{ target: 9229, published: 9229 }],
      volumes: [{ type: 'bind', source: './dev-site', target: '/www' }],
      healthcheck: { interval: '5s' },
    },
    tools: { image: 'busybox' },
  },
  volumes: { scratch: null },
};

describe('mergeService and applyPatch', () => {
  const merged = compose.applyPatch(base, patch);
  const web = merged.services.web!;

  it('merges mappings key by key and replaces commands and the image', () => {
    expect(web.environment).toEqual({ A: '1', B: '3', C: '4' });
    expect(web.labels).toEqual({ team: 'web' });
    expect(web.command).toEqual(['nginx-debug', '-g', 'daemon off;']);
    expect(web.image).toBe('nginx:1.27-alpine');
    expect(web.healthcheck).toEqual({ test: ['true'], interval: '5s' });
  });

  it('appends ports and replaces mounts by target', () => {
    expect(web.ports).toEqual([{ target: 80, published: 8080 }, { target: 9229, published: 9229 }]);
    expect(web.volumes).toEqual([{ type: 'bind', source: './dev-site', target: '/www' }]);
  });

  it('adds new services and resources, and leaves the base untouched', () => {
    expect(Object.keys(merged.services)).toEqual(['web', 'tools']);
    expect(merged.volumes).toEqual({ scratch: null });
    expect(base.services.web!.environment).toEqual({ A: '1', B: '2' });
  });
});

describeWithEngine('a standalone variant means what docker compose makes of base + override', () => {
  it('agrees with docker compose -f base -f override', () => {
    const files = {
      'compose.yaml': compose.composeYaml(base, layout),
      'compose.override.yaml': compose.composeYaml({ ...patch, services: patch.services as compose.ComposeStack['services'] }, layout),
    };
    const layered = composeConfig(files, { dirs: ['site', 'dev-site'] });
    const standalone = composeConfig({ 'compose.yaml': compose.composeYaml(compose.applyPatch(base, patch), layout) }, { dirs: ['site', 'dev-site'] });
    expect(standalone).toEqual(layered);
  });
});
