import { compose, image, stage } from '@dockerdsl/core';
import { describe, expectTypeOf, it } from 'vitest';

const { config, mount, network, secret, service, stack, volume } = compose;

const build = stage('build', { from: 'golang:1.22' });
const api = image('api', { stages: [build, stage('runtime', { from: 'scratch' }).copyFrom(build, '/out/app', '/app')] });
const backend = network('backend');
const pgdata = volume('pgdata');
const dbPassword = secret('db_password', { file: './pw.txt' });
const proxyConf = config('proxy_conf', { file: './proxy.conf' });
const db = service('db', { image: 'postgres:16', networks: [backend], volumes: [mount(pgdata, '/var/lib/postgresql/data')], secrets: [dbPassword] });

describe('Compose handles make misspelt references type errors', () => {
  it('takes handles for networks, volumes, secrets, configs and dependencies', () => {
    const web = service('web', { build: { image: api, target: 'runtime' }, networks: [backend], dependsOn: [db.healthy()], configs: [proxyConf] });
    expectTypeOf(web.key).toEqualTypeOf<'web'>();
    expectTypeOf(stack('shop', { services: [web, db] })).toEqualTypeOf<compose.ComposeStack>();
  });

  it('rejects names where handles go', () => {
    // @ts-expect-error a network is joined by handle, not by name
    service('web', { image: 'nginx', networks: ['backend'] });
    // @ts-expect-error a dependency is a service handle
    service('web', { image: 'nginx', dependsOn: ['db'] });
    // @ts-expect-error a named volume is mounted by handle
    service('web', { image: 'nginx', volumes: [mount('pgdata', '/data')] });
    // @ts-expect-error a secret is granted by handle
    service('web', { image: 'nginx', secrets: ['db_password'] });
  });

  it('accepts only stages of the image as build target', () => {
    service('web', { build: { image: api, target: 'build' } });
    // @ts-expect-error 'runtme' is not a stage of api
    service('web', { build: { image: api, target: 'runtme' } });
  });

  it('accepts only services of the stack in overrides', () => {
    stack('shop', { services: [db], overrides: { 'compose.override.yaml': { services: { db: { restart: 'always' } } } } });
    // @ts-expect-error 'dbb' is not a service of the stack
    stack('shop', { services: [db], overrides: { 'compose.override.yaml': { services: { dbb: { restart: 'always' } } } } });
  });

  it('types enumerations and commands', () => {
    // @ts-expect-error not a restart policy
    service('web', { image: 'nginx', restart: 'sometimes' });
    // @ts-expect-error not a protocol
    service('web', { image: 'nginx', ports: [{ target: 53, protocol: 'icmp' }] });
    service('web', { image: 'nginx', ports: ['8080:80', '127.0.0.1:53:53/udp', '8000-8010:80', '3000'] });
    // @ts-expect-error not the short port syntax
    service('web', { image: 'nginx', ports: ['http'] });
    // @ts-expect-error not a protocol in the short syntax
    service('web', { image: 'nginx', ports: ['53:53/icmp'] });
    // @ts-expect-error a bare string command is not exec form; use an array or { shell }
    service('web', { image: 'nginx', command: 'nginx -g daemon off;' });
    // @ts-expect-error not a dependency condition
    service('web', { image: 'nginx', dependsOn: [{ service: db, condition: 'service_ready' }] });
  });
});
