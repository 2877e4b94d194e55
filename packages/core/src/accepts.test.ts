import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { image, toImage } from './builders/image-builder.js';
import { stage } from './builders/stage-builder.js';
import { sh } from './model/exec-form.js';
import { acceptorOf } from './accepts.js';
import { imageSchema } from './model/image.js';

const everyKind = {
  name: 'all',
  directives: { escape: '`', check: 'error=true', syntax: 'docker/dockerfile:1' },
  args: [{ kind: 'arg', name: 'V', default: '1' }],
  stages: [
    {
      name: 'build',
      from: 'golang:1.22',
      platform: 'linux/amd64',
      steps: [
        { kind: 'run', command: 'cat <<A', heredocs: [{ body: 'x' }], mounts: [{ type: 'cache', target: '/c', sharing: 'locked', uid: 1 }, { type: 'secret', id: 's', required: true }], network: 'none' },
        { kind: 'copy', sources: ['a', { heredoc: { body: 'b' } }], destination: '/d', from: { stage: 'x' }, chmod: '0755', chown: 1, link: true },
        { kind: 'add', sources: ['https://example.com/a.tgz'], destination: '/opt/', checksum: 'sha256:abc', unpack: true },
        { kind: 'env', vars: { A: 'b' } }, { kind: 'label', labels: { 'a.b': 'c' } }, { kind: 'expose', ports: [80, '53/udp'] },
        { kind: 'healthcheck', test: ['true'], interval: '5s', retries: 2 }, { kind: 'healthcheck', none: true },
        { kind: 'onbuild', instruction: { kind: 'run', command: 'make' } }, { kind: 'shell', command: ['/bin/sh', '-c'] },
        { kind: 'stopsignal', signal: 'SIGINT' }, { kind: 'user', user: 'app', group: 1 }, { kind: 'volume', paths: ['/v'] },
        { kind: 'workdir', path: '/w' }, { kind: 'maintainer', name: 'm' }, { kind: 'comment', text: 'c' },
        { kind: 'cmd', command: { shell: 'serve' } }, { kind: 'entrypoint', command: ['/app'] },
      ],
    },
  ],
  tags: ['a:b'],
  buildArgs: { A: 'b' },
};

const build = stage('build', { from: 'golang:1.22' }).workdir('/src').copy(['go.mod', 'go.sum'], './').run('go build -o /out/app .', { mounts: [{ type: 'cache', target: '/root/.cache' }] });
const runtime = stage({ from: 'scratch' }).copyFrom(build, '/out/app', '/app', { chown: 'app:app' }).env({ A: 'x y' }).label({ 'my key': 'v' }).expose(8080).user(10001).cmd(sh`serve`).entrypoint(['/app']);
const builderMade = [image('go', { stages: [runtime], tags: ['acme/go:dev'] }), image('hello').stage('main', 'busybox', (s) => s.cmd(['echo', 'hi']))];

const bases: unknown[] = [everyKind, ...builderMade.map((b) => toImage(b))].map((b) => structuredClone(b));

/** Every path to a value inside `value`. */
function paths(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.keys(value).flatMap((k) => paths((value as Record<string, unknown>)[k], [...prefix, Array.isArray(value) ? Number(k) : k]))];
}

const replacement = fc.oneof(
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
  fc.constantFrom('', ' ', 'a\nb', 'a\\', '[]', 'EOF', -1, 0, 1.5, 70000, NaN, Infinity, [], {}, [''], { stage: '' }, { shell: '' }, 'SIGFOO', '0755', 'x=y'),
);

function mutate(base: unknown, pick: number, op: 'set' | 'delete' | 'add', value: unknown): unknown {
  const copy = structuredClone(base);
  const all = paths(copy);
  const path = all[pick % all.length]!;
  if (path.length === 0) return op === 'set' ? value : copy;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)[k], copy) as Record<PropertyKey, unknown>;
  const key = path.at(-1)!;
  if (op === 'set') parent[key] = value;
  else if (op === 'delete') delete parent[key];
  else if (typeof parent === 'object' && parent !== null) (parent as Record<string, unknown>).extra = value;
  return copy;
}

describe.each([
  ['compiled object functions', true],
  ['closures (no code generation)', false],
])('acceptorOf, %s', (_form, generate) => {
  const accepts = acceptorOf(imageSchema, { generate })!;

  it('handles the whole image schema', () => {
    expect(accepts).toBeTypeOf('function');
  });

  it('accepts every valid image zod accepts', () => {
    for (const base of bases) {
      expect(imageSchema.safeParse(base).success).toBe(true);
      expect(accepts(base)).toBe(true);
    }
  });

  it('agrees with zod on random mutations of valid images (never accepts what zod rejects)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.nat(), fc.constantFrom('set', 'delete', 'add'), replacement, (base, pick, op, value) => {
        const input = mutate(base, pick, op as 'set', value);
        expect(accepts(input)).toBe(imageSchema.safeParse(input).success);
      }),
      { numRuns: 5000 },
    );
  });

  it('runs refinements, so a value only a refinement rejects is rejected', () => {
    const schema = z.strictObject({ a: z.string().refine((s) => s !== 'no'), b: z.array(z.number().int()).min(1) });
    const check = acceptorOf(schema, { generate })!;
    expect(check({ a: 'yes', b: [1] })).toBe(true);
    expect(check({ a: 'no', b: [1] })).toBe(false);
    expect(check({ a: 'yes', b: [] })).toBe(false);
    expect(check({ a: 'yes', b: [1.5] })).toBe(false);
    expect(check({ a: 'yes', b: [1], c: 1 })).toBe(false);
  });

  it('dispatches a discriminated union on its tag (a literal may carry several tags)', () => {
    const schema = z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('a'), n: z.number() }),
      z.strictObject({ kind: z.literal(['b', 'c']), s: z.string() }),
    ]);
    const check = acceptorOf(schema, { generate })!;
    for (const value of [{ kind: 'a', n: 1 }, { kind: 'b', s: 'x' }, { kind: 'b', n: 2 }, { kind: 'c', s: 'y' }, { kind: 'a', s: 'x' }, { kind: 'c', n: 1 }, { kind: 'd', n: 1 }, { n: 1 }, null, 'a', [{ kind: 'a', n: 1 }]]) {
      expect(check(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
    }
    expect(check({ kind: 'c', s: 'y' })).toBe(true);
    expect(check({ kind: 'c', n: 1 })).toBe(false);
  });

  it('reads keys that are not identifiers, and inlines literals, strings and booleans exactly', () => {
    const schema = z.strictObject({ 'a"b': z.string(), 'x\ny': z.literal('q'), if: z.boolean().optional(), "it's": z.literal(true).optional() });
    const check = acceptorOf(schema, { generate })!;
    for (const value of [
      { 'a"b': 's', 'x\ny': 'q' }, { 'a"b': 's', 'x\ny': 'q', if: false, "it's": true }, { 'a"b': 1, 'x\ny': 'q' }, { 'a"b': 's', 'x\ny': 'Q' },
      { 'a"b': 's', 'x\ny': 'q', if: 'no' }, { 'a"b': 's', 'x\ny': 'q', "it's": false }, { 'a"b': 's', 'x\ny': 'q', ab: 1 }, { 'a"b': 's' },
      Object.assign(Object.create({ inherited: 1 }), { 'a"b': 's', 'x\ny': 'q' }),
    ]) {
      expect(check(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
    }
    expect(acceptorOf(z.strictObject({}), { generate })!({})).toBe(true);
    expect(acceptorOf(z.strictObject({}), { generate })!({ a: 1 })).toBe(false);
  });

  it('declines schemas it does not understand', () => {
    expect(acceptorOf(z.string().transform((s) => s.length) as unknown as z.ZodType, { generate })).toBeUndefined();
    expect(acceptorOf(z.object({ a: z.string() }).catchall(z.string()), { generate })).toBeUndefined();
  });
});

describe('acceptorOf code generation', () => {
  it('compiles each object schema to a function of its own', () => {
    const schema = z.strictObject({ kind: z.literal('a') });
    expect(acceptorOf(schema)!.name).toBe('acceptObject');
    expect(acceptorOf(schema, { generate: false })!.name).not.toBe('acceptObject');
  });
});
