import { compose, formatDiagnostic } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

describe('checkComposeFile', () => {
  it('reads and checks an existing file, printing like a compiler', () => {
    const text = 'version: "3"\nservices:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n    depends_on: [api]\n  api:\n    image: api\n    ports: ["8080:3000"]\n    depends_on:\n      web: { condition: service_healthy }\n';
    const found = compose.checkComposeFile(text, { file: 'compose.yaml' });
    expect(found.map((d) => d.code)).toEqual(['DSL4104', 'DSL4006', 'DSL4007', 'DSL4008']);
    expect(formatDiagnostic(found[3]!, '/')).toBe(
      "compose.yaml:9:13 error DSL4008 service 'api' publishes host port 8080/tcp, which service 'web' already publishes (8080/tcp)\n  → at services.api.ports[0]\n  hint: publish a different host port, or leave `published` out to let Docker pick one",
    );
  });

  it('reports every independent finding in one run: a schema error or an unknown key hides no cross-check', () => {
    const text = 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n    restart: sometimes\n    colour: blue\n    depends_on: [api]\n  api:\n    image: api\n    ports: ["8080:3000"]\n    depends_on:\n      web: { condition: service_healthy }\n';
    const codes = compose.checkComposeFile(text, { file: 'compose.yaml' }).map((d) => d.code);
    expect(codes.filter((c) => c.startsWith('DSL1') || c === 'DSL4102').sort()).toEqual(['DSL1006', 'DSL4102']);
    expect(codes).toEqual(expect.arrayContaining(['DSL4006', 'DSL4007', 'DSL4008']));
  });

  it('stops after reading when the file cannot be read', () => {
    expect(compose.checkComposeFile('services: [\n').map((d) => d.code)).toEqual(['DSL4101']);
  });
});

describe('locations of scalar values read from a file', () => {
  it('points at the key of the value a check is about', () => {
    const text = 'services:\n  web:\n    image: nginx\n    deploy:\n      replicas: 3\n    container_name: web\n';
    const [d] = compose.checkComposeFile(text, { file: 'compose.yaml' });
    expect(d).toMatchObject({ code: 'DSL4011', source: { file: 'compose.yaml', line: 6, column: 5 } });
  });

  it('points at the environment entry, in list or mapping form', () => {
    const list = compose.checkComposeFile('services:\n  db:\n    image: postgres\n    environment:\n      - A=1\n      - DB_PASSWORD=hunter2\n');
    expect(list[0]).toMatchObject({ code: 'DSL4013', source: { line: 6, column: 9 } });
    const map = compose.checkComposeFile('services:\n  db:\n    image: postgres\n    environment:\n      A: 1\n      DB_PASSWORD: hunter2\n');
    expect(map[0]).toMatchObject({ code: 'DSL4013', source: { line: 6, column: 7 } });
  });
});
