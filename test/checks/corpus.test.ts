import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '@dockerdsl/core';
import { builtinRules, checkDockerfile } from '@dockerdsl/core/tooling';

const dir = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const errorCodes = new Set(builtinRules.filter((r) => r.severity === 'error').map((r) => r.code));

function read(folder: string): Array<{ name: string; text: string }> {
  return readdirSync(dir(folder))
    .filter((f) => f.endsWith('Dockerfile'))
    .sort()
    .map((name) => ({ name, text: readFileSync(dir(`${folder}/${name}`), 'utf8') }));
}

function expectations(text: string): { codes: string[]; accepts: boolean } {
  const expect = /^# expect: (.+)$/m.exec(text)?.[1]?.trim() ?? '';
  const verdict = /^# buildkit: (accepts|rejects)$/m.exec(text)?.[1];
  if (!verdict) throw new Error('every corpus file says whether BuildKit accepts it');
  return { codes: expect === 'nothing' ? [] : expect.split(/,\s*/), accepts: verdict === 'accepts' };
}

const reported = (diagnostics: Diagnostic[], severities: string[]): string[] => [...new Set(diagnostics.filter((d) => severities.includes(d.severity)).map((d) => d.code))].sort();

describe('corpus of Dockerfiles with # expect: annotations', () => {
  const files = read('../corpus/checks');
  test('has at least 60 files', () => expect(files.length).toBeGreaterThanOrEqual(60));

  for (const { name, text } of files) {
    test(name, () => {
      const { codes, accepts } = expectations(text);
      const result = checkDockerfile(text, { file: name });
      // Every expected code is found, and no warning or error is reported that was not expected.
      expect(reported(result.diagnostics, ['error', 'warning', 'info']).filter((c) => codes.includes(c)).sort()).toEqual([...codes].sort());
      expect(reported(result.diagnostics, ['error', 'warning'])).toEqual(expect.arrayContaining([]));
      expect(reported(result.diagnostics, ['error', 'warning']).filter((c) => !codes.includes(c))).toEqual([]);
      // No error-severity finding on a file BuildKit builds without complaint; on a file it
      // refuses, any error reported is one of the expected codes (checked above).
      if (accepts) expect(reported(result.diagnostics, ['error'])).toEqual([]);
      else expect(reported(result.diagnostics, ['error']).every((c) => errorCodes.has(c) && codes.includes(c))).toBe(true);
    });
  }
});

describe('seed examples and the parser corpus', () => {
  const files = [...read('../seed-examples').map((f) => ({ ...f, name: `seed/${f.name}` })), ...read('../corpus/dockerfiles').map((f) => ({ ...f, name: `corpus/${f.name}` }))];

  test('nothing crashes and no error-severity rule fires on a file BuildKit accepts', () => {
    const errors: string[] = [];
    for (const { name, text } of files) {
      const result = checkDockerfile(text, { file: name });
      for (const d of result.diagnostics) if (d.severity === 'error') errors.push(`${name}:${d.source?.line} ${d.code} ${d.message}`);
    }
    // The only file BuildKit cannot build is the seed fragment: its COPY --from names a stage it lacks.
    expect(errors).toEqual(["seed/fragment-copy-from-missing-stage.Dockerfile:8 DSL2007 COPY --from refers to stage 'builder', which does not exist; Docker would pull an image called 'builder'"]);
  });
});
