import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

const { checkStack } = compose;

describe('DSL4001–DSL4005 undeclared resources and unknown services', () => {
  it('reports a named volume, network, secret and config the stack does not declare', () => {
    const stack: compose.ComposeStack = {
      name: 'shop',
      services: {
        db: {
          image: 'postgres:16',
          volumes: [{ type: 'volume', source: 'pgdta', target: '/var/lib/postgresql/data' }],
          networks: { backnd: null },
          secrets: [{ source: 'db_password' }],
          configs: [{ source: 'pg_conf' }],
        },
      },
      volumes: { pgdata: null },
      networks: { backend: null },
    };
    const found = checkStack(stack);
    expect(found.map((d) => [d.code, d.path.join('.')])).toEqual([
      ['DSL4001', 'compose.shop.services.db.volumes.0'],
      ['DSL4002', 'compose.shop.services.db.networks.backnd'],
      ['DSL4003', 'compose.shop.services.db.secrets.0'],
      ['DSL4004', 'compose.shop.services.db.configs.0'],
    ]);
    expect(found[0]!.message).toBe("volume 'pgdta' is not declared in the top-level 'volumes' (did you mean 'pgdata'?)");
    expect(found[1]!.message).toContain("(did you mean 'backend'?)");
  });

  it('accepts anonymous volumes, bind mounts and the default network', () => {
    const stack: compose.ComposeStack = {
      services: { web: { image: 'nginx', volumes: [{ type: 'volume', target: '/cache' }, { type: 'bind', source: './site', target: '/www' }], networks: { default: null } } },
    };
    expect(checkStack(stack)).toEqual([]);
  });

  it('reports depends_on and extends naming a service that does not exist, with a suggestion', () => {
    const stack: compose.ComposeStack = {
      services: {
        web: { image: 'nginx', dependsOn: { dbb: { condition: 'service_started' } } },
        db: { image: 'postgres' },
        job: { extends: { service: 'wbe' } },
      },
    };
    const found = checkStack(stack, ['stack']);
    expect(found.map((d) => d.code)).toEqual(['DSL4005', 'DSL4005']);
    expect(found[0]!.message).toBe("service 'web' depends on 'dbb', which is not a service of this stack (did you mean 'db'?)");
    expect(found[0]!.path).toEqual(['stack', 'services', 'web', 'dependsOn', 'dbb']);
    expect(found[1]!.message).toContain("extends 'wbe'");
  });

  it('lets an optional dependency (required: false) be absent', () => {
    const stack: compose.ComposeStack = { services: { web: { image: 'nginx', dependsOn: { cache: { condition: 'service_started', required: false } } } } };
    expect(checkStack(stack)).toEqual([]);
  });

  it('points at the service() call that wrote the reference', () => {
    const { service, stack } = compose;
    const web = service('web', { image: 'nginx', networks: [] });
    const broken = stack('shop', { services: [web] });
    broken.services.web!.networks = { ghost: null };
    const [d] = checkStack(broken);
    expect(d!.source?.file).toMatch(/references\.test\.ts$/);
    expect(d!.source?.line).toBe(62);
  });
});
