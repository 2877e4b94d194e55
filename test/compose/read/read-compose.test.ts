import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

const { readCompose } = compose;

const text = `name: shop
x-common: &common
  restart: unless-stopped
services:
  web:
    build:
      context: ./web
      args:
        - NODE_ENV=production
      target: runtime
    command: npm run "start prod"
    environment:
      - NODE_ENV=development
      - PASS_THROUGH
    ports:
      - "8080:80"
      - 127.0.0.1:9229:9229/tcp
      - target: 443
        published: 8443
        host_ip: 0.0.0.0
    volumes:
      - data:/var/lib/data
      - ./site:/www:ro
      - /cache
      - type: tmpfs
        target: /tmp
    networks:
      front:
        aliases: [www]
      back:
    depends_on:
      db:
        condition: service_healthy
    ulimits:
      nofile: { soft: 1024, hard: 2048 }
    x-team: web
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: shop
      EMPTY:
    healthcheck:
      test: pg_isready -U postgres
      start_period: 10s
    networks: [back]
    secrets: [db_password]
    <<: *common
networks:
  front:
  back:
    driver: bridge
volumes:
  data:
secrets:
  db_password:
    file: ./pw.txt
`;

describe('readCompose', () => {
  const result = readCompose(text, { file: 'compose.yaml' });
  const web = result.stack!.services.web!;
  const db = result.stack!.services.db!;

  it('reads a file with both syntaxes and no findings', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.stack!.name).toBe('shop');
  });

  it('reads build as an object, with list-form args', () => {
    expect(web.build).toEqual({ context: './web', args: { NODE_ENV: 'production' }, target: 'runtime' });
    expect(readCompose('services:\n  a:\n    build: .\n').stack!.services.a!.build).toEqual({ context: '.' });
  });

  it('splits a string command into words, as Compose does', () => {
    expect(web.command).toEqual(['npm', 'run', 'start prod']);
  });

  it('reads environment as a list or a mapping, keeping pass-through variables as null', () => {
    expect(web.environment).toEqual({ NODE_ENV: 'development', PASS_THROUGH: null });
    expect(db.environment).toEqual({ POSTGRES_DB: 'shop', EMPTY: null });
  });

  it('reads short and long ports', () => {
    expect(web.ports).toEqual([
      { target: 80, published: 8080 },
      { target: 9229, published: 9229, hostIp: '127.0.0.1', protocol: 'tcp' },
      { target: 443, published: 8443, hostIp: '0.0.0.0' },
    ]);
  });

  it('reads named, bind, anonymous and tmpfs mounts', () => {
    expect(web.volumes).toEqual([
      { type: 'volume', source: 'data', target: '/var/lib/data' },
      { type: 'bind', source: './site', target: '/www', readOnly: true },
      { type: 'volume', target: '/cache' },
      { type: 'tmpfs', target: '/tmp' },
    ]);
  });

  it('reads networks, depends_on, healthcheck and secrets in every form', () => {
    expect(web.networks).toEqual({ front: { aliases: ['www'] }, back: null });
    expect(db.networks).toEqual({ back: null });
    expect(web.dependsOn).toEqual({ db: { condition: 'service_healthy' } });
    expect(db.healthcheck).toEqual({ test: { shell: 'pg_isready -U postgres' }, startPeriod: '10s' });
    expect(db.secrets).toEqual([{ source: 'db_password' }]);
  });

  it('keeps x-* extensions, merge keys and spec keys the model does not spell out', () => {
    expect(result.stack!['x-common']).toEqual({ restart: 'unless-stopped' });
    expect(web['x-team']).toBe('web');
    expect(db.restart).toBe('unless-stopped');
    expect((web as Record<string, unknown>).ulimits).toEqual({ nofile: { soft: 1024, hard: 2048 } });
  });

  it('remembers where each service was written', () => {
    expect(compose.checkStack({ ...result.stack!, volumes: {} })[0]).toMatchObject({ code: 'DSL4001', source: { file: 'compose.yaml', line: 22, column: 9 } });
  });

  it('reports unknown keys with a suggestion and the line, and still reads the rest', () => {
    const bad = readCompose('services:\n  web:\n    image: nginx\n    dependson: [db]\n', { file: 'c.yaml' });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics).toEqual([
      expect.objectContaining({ code: 'DSL4102', message: "'services.web' has an unknown key 'dependson' (did you mean 'depends_on'?)", source: expect.objectContaining({ line: 4, column: 5 }) }),
    ]);
    expect(bad.stack!.services.web!.image).toBe('nginx');
  });

  it('reports YAML syntax errors and unreadable values without throwing', () => {
    expect(readCompose('services:\n  web: [\n').diagnostics[0]!.code).toBe('DSL4101');
    expect(readCompose('services:\n  a: {image: x}\n  a: {image: y}\n').diagnostics[0]!.code).toBe('DSL4101');
    expect(readCompose('- just a list\n').diagnostics[0]!.code).toBe('DSL4101');
    const port = readCompose('services:\n  web:\n    image: x\n    ports: ["80:80:80:80"]\n');
    expect(port.diagnostics[0]).toMatchObject({ code: 'DSL4103', path: ['services', 'web', 'ports', 0] });
    const condition = readCompose('services:\n  web:\n    image: x\n    depends_on: { db: { condition: service_ready } }\n  db: { image: y }\n');
    expect(condition.diagnostics[0]!.message).toContain("condition 'service_ready'");
  });
});
