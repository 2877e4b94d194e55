// Issue 13's real-engine proof: a seeded sample of models with hostile printable text (quotes,
// escapes, literal dollars, heredoc arrows, `# syntax=` lines, Unicode) in every value the image
// config keeps is compiled, built, and read back with `docker image inspect` byte for byte.
import { compileImage, type Image, type Instruction } from '@dockerdsl/core';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { build, docker, removeImages } from './core-docker.js';

const atoms = ['a', 'Z', '0', '_', ' ', '"', "'", '\\', '`', '$', '$5', '$$', '$!', '${', '\\$HOME', '{', '}', '=', '#', ',', '-', '--', '[', ']', '<<EOF', '# syntax=x', ';', '&&', '|', ':', '*', '?', '!', '@', 'ü', '😀', '\u00a0'];
const text = fc.array(fc.constantFrom(...atoms), { maxLength: 6 }).map((parts) => parts.join(''));
/** Text without `/` or `.`, so Docker's path cleaning leaves `/w<text>` alone. */
const segment = text.map((t) => t.replace(/[/.]/g, '')).filter((t) => t.trim() === t);
const model = fc.record({
  env: fc.dictionary(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,5}$/), text, { minKeys: 1, maxKeys: 3 }),
  labels: fc.dictionary(text.filter((k) => k !== '' && !k.includes('=')), text, { minKeys: 1, maxKeys: 3 }),
  user: text.filter((u) => u !== '' && !/\s/.test(u)),
  workdir: segment.map((s) => `/w${s}`),
  volumes: fc.array(segment.map((s) => `/v${s}`), { minLength: 1, maxLength: 2 }),
  ports: fc.array(fc.tuple(fc.integer({ min: 1, max: 65535 }), fc.constantFrom('', '/tcp', '/udp')), { minLength: 1, maxLength: 2 }),
  cmd: fc.array(text, { minLength: 1, maxLength: 3 }),
  entrypoint: fc.array(text, { minLength: 1, maxLength: 2 }),
});
type Model = typeof model extends fc.Arbitrary<infer T> ? T : never;

/** The model's reading without variables: `\$` is a dollar, every other character literal. */
const literal = (value: string): string => value.replaceAll('\\$', '$');
/** Values that hold no variable reference (a real build would expand it). */
const referenceFree = (m: Model): boolean => [...Object.values(m.env), ...Object.values(m.labels), ...Object.keys(m.labels), m.user, m.workdir, ...m.volumes].every((v) => !/\$(?:[A-Za-z_]|\{[A-Za-z_])/.test(v.replaceAll('\\$', '')));

function imageOf(m: Model, n: number, escape: '\\' | '`'): Image {
  const steps: Instruction[] = [
    { kind: 'env', vars: m.env },
    { kind: 'label', labels: m.labels },
    { kind: 'workdir', path: m.workdir },
    { kind: 'volume', paths: m.volumes as [string, ...string[]] },
    { kind: 'expose', ports: m.ports.map(([p, proto]) => `${p}${proto}`) as never },
    { kind: 'user', user: m.user },
    { kind: 'cmd', command: m.cmd as [string, ...string[]] },
    { kind: 'entrypoint', command: m.entrypoint as [string, ...string[]] },
  ];
  return { name: `dsl-test-core-fuzz-${n}`, directives: { escape }, stages: [{ from: 'local/busybox:latest', steps }] };
}

const samples = fc
  .sample(model, { numRuns: 60, seed: 2613 })
  .filter(referenceFree)
  .map((m, n) => ({ m, image: imageOf(m, n, n % 3 === 2 ? '`' : '\\') }))
  .filter(({ image }) => compileImage(image).ok)
  .slice(0, 8);
const tags = samples.map((_, n) => `dsl-test-core-fuzz-${process.pid}-${n}`);

describeWithEngine('hostile values survive a real build (docker image inspect)', () => {
  beforeAll(() => {
    samples.forEach(({ image }, n) => {
      const result = compileImage(image);
      if (!result.ok) throw new Error('sample no longer compiles');
      build(tags[n]!, result.dockerfile);
    });
  }, 600_000);
  afterAll(() => removeImages(tags));

  it('has enough samples to mean something', () => {
    expect(samples.length).toBe(8);
  });

  it.each(samples.map((s, n) => [n, s] as const))('sample %i: ENV, LABEL, USER, WORKDIR, VOLUME, EXPOSE, CMD and ENTRYPOINT as modelled', (n, { m }) => {
    const config = JSON.parse(docker(['image', 'inspect', '-f', '{{json .Config}}', tags[n]!])) as {
      Env: string[];
      Labels: Record<string, string>;
      User: string;
      WorkingDir: string;
      Volumes: Record<string, object>;
      ExposedPorts: Record<string, object>;
      Cmd: string[];
      Entrypoint: string[];
    };
    const env = Object.fromEntries(config.Env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
    for (const [k, v] of Object.entries(m.env)) expect(env[k], k).toBe(literal(v));
    expect(config.Labels).toEqual(Object.fromEntries(Object.entries(m.labels).map(([k, v]) => [k, literal(v)])));
    expect(config.User).toBe(literal(m.user));
    expect(config.WorkingDir).toBe(literal(m.workdir));
    expect(Object.keys(config.Volumes).sort()).toEqual([...new Set(m.volumes.map(literal))].sort());
    expect(Object.keys(config.ExposedPorts).sort()).toEqual([...new Set(m.ports.map(([p, proto]) => `${p}${proto || '/tcp'}`))].sort());
    expect(config.Cmd).toEqual(m.cmd);
    expect(config.Entrypoint).toEqual(m.entrypoint);
  });
});
