// Issue 13's proof for Compose: stacks with hostile strings in environment keys and values,
// labels, command, entrypoint, working directory and user are compiled and read back by the
// real `docker compose config --format json`. Every value must come back as the model means it:
// literal, except braced `${NAME…}` references, which Compose fills in from the environment.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compose } from '@dockerdsl/core';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';

const hostEnv: Record<string, string> = { DSLFZ_A: 'host a', DSLFZ_EMPTY: '' };
const atoms = [
  'a', 'b', '0', ' ', '"', "'", '\\', '`', '$', '$$', '{', '}', '${DSLFZ_A}', '${DSLFZ_A:-d}', '${DSLFZ_UNSET:-dflt}', '${DSLFZ_EMPTY-e}',
  '${DSLFZ_A:+alt}', '${DSLFZ_UNSET+x}', '$DSLFZ_A', '${', '${1}', '$1', '$@', '\\${HOME}', '#', ':', '- ', '? ', '&x', '*x', '!x', '|', '>',
  '%', '@', '`', '\t', '\n', '\r\n', '\u0085', '\u2028', '\u2029', '\u007f', '\u009f', '\ufeff', '\u00a0', 'ü', '😀', 'no', 'on', '~', 'null', '0755', '1e3',
];
const text = fc.array(fc.constantFrom(...atoms), { maxLength: 6 }).map((parts) => parts.join(''));
const key = fc.array(fc.constantFrom('A', 'b', '_', '1', '.', '-', 'ü', 'on', 'no', ' ', '\u2028'), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')).filter((k) => k.trim() !== '');
const serviceValues = fc.record({
  environment: fc.dictionary(key, text, { maxKeys: 3 }),
  labels: fc.dictionary(key.map((k) => `l.${k}`), text, { maxKeys: 2 }),
  command: fc.array(text, { minLength: 1, maxLength: 3 }),
  entrypoint: fc.array(text, { minLength: 1, maxLength: 2 }),
  workingDir: text.map((t) => `/w${t}`),
});

const interpolation = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}$]*))?\}/;

/** What `docker compose config` prints for a model string: references filled in, other dollars as `$$`. */
function configValue(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\' && value[i + 1] === '$') {
      out += '$$';
      i++;
      continue;
    }
    const match = value[i] === '$' ? interpolation.exec(value.slice(i)) : null;
    if (!match) {
      out += value[i] === '$' ? '$$' : value[i];
      continue;
    }
    const [all, name, op, word] = match;
    const set = name! in hostEnv;
    const v = hostEnv[name!] ?? '';
    const present = op?.startsWith(':') ? v !== '' : set;
    out += op === undefined ? v : op.endsWith('-') ? (present ? v : word!) : op.endsWith('+') ? (present ? word! : '') : v;
    i += all.length - 1;
  }
  return out;
}

describeWithEngine('Compose files read back by docker compose config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-test-compose-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every hostile value as modelled (12 files × 20 services, seeded)', () => {
    const batches = fc.sample(fc.array(serviceValues, { minLength: 20, maxLength: 20 }), { numRuns: 12, seed: 1313 });
    let compared = 0;
    batches.forEach((batch, n) => {
      const services = Object.fromEntries(batch.map((values, i) => [`s${i}`, { image: 'local/busybox:latest', ...values }]));
      const result = compose.compileCompose({ name: `dsl-test-fuzz-${n}`, services } as never, { projectDir: dir, outDir: '.' });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const file = join(dir, `compose-${n}.yaml`);
      writeFileSync(file, result.files[0]!.text);
      const out = spawnSync('docker', ['compose', '-f', file, 'config', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, ...hostEnv, DSLFZ_UNSET: undefined } });
      expect(out.status, out.stderr).toBe(0);
      const config = JSON.parse(out.stdout) as { services: Record<string, { environment?: Record<string, string>; labels?: Record<string, string>; command: string[]; entrypoint: string[]; working_dir: string }> };
      batch.forEach((values, i) => {
        const got = config.services[`s${i}`]!;
        const map = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, configValue(v)]));
        expect(got.environment ?? {}).toEqual(map(values.environment));
        expect(got.labels ?? {}).toEqual(map(values.labels));
        expect(got.command).toEqual(values.command.map(configValue));
        expect(got.entrypoint).toEqual(values.entrypoint.map(configValue));
        expect(got.working_dir).toBe(configValue(values.workingDir));
        compared++;
      });
    });
    expect(compared).toBe(240);
  }, 300_000);
});
