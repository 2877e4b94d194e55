import { compose } from '@dockerdsl/core';
import { describe, expect, it, vi } from 'vitest';

const { config, mount, network, secret, service, stack, volume } = compose;

describe('stack()', () => {
  const backend = network('backend', { driver: 'bridge' });
  const pgdata = volume('pgdata');
  const pw = secret('pw', { environment: 'DB_PASSWORD' });
  const conf = config('conf', { content: 'debug=1' });
  const spare = network('spare');
  const db = service('db', { image: 'postgres:16', networks: [{ network: backend, aliases: ['database'] }], volumes: [mount(pgdata, '/data', { readOnly: true, nocopy: true })], secrets: [{ source: pw, target: 'db_password' }] });
  const web = service('web', { image: 'nginx', networks: [backend], dependsOn: [db.healthy({ required: true })], configs: [conf] });
  const app = stack('shop', { services: [web], networks: [spare], environments: { prod: { services: { web: { restart: 'always' } } } } });

  it('brings in the services a service depends on, dependencies first', () => {
    expect(Object.keys(app.services)).toEqual(['db', 'web']);
  });

  it('declares the resources that services use by handle, and those listed', () => {
    expect(app.networks).toEqual({ spare: null, backend: { driver: 'bridge' } });
    expect(app.volumes).toEqual({ pgdata: null });
    expect(app.secrets).toEqual({ pw: { environment: 'DB_PASSWORD' } });
    expect(app.configs).toEqual({ conf: { content: 'debug=1' } });
  });

  it('turns handles into keys in the plain service', () => {
    expect(app.services.db!.networks).toEqual({ backend: { aliases: ['database'] } });
    expect(app.services.db!.volumes).toEqual([{ type: 'volume', source: 'pgdata', target: '/data', readOnly: true, volume: { nocopy: true } }]);
    expect(app.services.db!.secrets).toEqual([{ source: 'pw', target: 'db_password' }]);
    expect(app.services.web!.dependsOn).toEqual({ db: { condition: 'service_healthy', required: true } });
    expect(app.services.web!.configs).toEqual([{ source: 'conf' }]);
  });

  it('reads short-syntax ports, and leaves one that is not a port for validation to report', () => {
    const web2 = service('web', { image: 'nginx', ports: ['8080:80', '127.0.0.1:53:53/udp'] });
    expect(web2.definition.ports).toEqual([{ target: 80, published: 8080 }, { target: 53, published: 53, hostIp: '127.0.0.1', protocol: 'udp' }]);
    const bad = service('web', { image: 'nginx', ports: ['80:80:80'] });
    const result = compose.compileCompose(stack('bad', { services: [bad] }));
    expect(result.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['DSL1002', 'compose.bad.services.web.ports.0']]);
  });

  it('names per-environment files compose.<env>.yaml', () => {
    expect(app.variants).toEqual([{ file: 'compose.prod.yaml', mode: 'standalone', patch: { services: { web: { restart: 'always' } } } }]);
  });
});

describe('service handles from another copy of @dockerdsl/core', () => {
  it('are recognised as handles (a preset package may bring its own copy of core)', async () => {
    vi.resetModules();
    const other = (await import('@dockerdsl/core')).compose;
    expect(other.service).not.toBe(service);
    const db = other.service('db', { image: 'postgres:16', healthcheck: { test: ['CMD', 'pg_isready'] } });
    const cache = other.service('cache', { image: 'redis:7' });
    const web = service('web', { image: 'nginx', dependsOn: [cache, db.healthy()] });
    expect(db instanceof compose.ServiceHandle).toBe(true);
    const app = stack('mixed', { services: [web] });
    expect(Object.keys(app.services)).toEqual(['cache', 'db', 'web']);
    expect(app.services.web!.dependsOn).toEqual({ cache: { condition: 'service_started' }, db: { condition: 'service_healthy' } });
  });
});
