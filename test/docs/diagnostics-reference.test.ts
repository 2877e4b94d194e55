import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CodeTable } from '@dockerdsl/core/tooling';
import { expect, test } from 'vitest';
import { diagnosticCodeSections } from '../../packages/cli/src/diagnostic-codes.js';

const root = resolve(import.meta.dirname, '../..');

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function table(codes: CodeTable): string {
  const lines = ['| Code | Name | Severity | What it means |', '| --- | --- | --- | --- |'];
  for (const [code, c] of Object.entries(codes).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const severity = c.optIn ? `${c.severity} (opt-in)` : c.severity;
    lines.push(`| ${c.docs ? `[${code}](${c.docs})` : code} | ${c.rule} | ${severity} | ${cell(c.description)} |`);
  }
  return lines.join('\n');
}

/** Every `'DSLnnnn'` literal in the packages' sources (tests excluded). */
function codesInSources(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ts$/.test(name) && !/\.test(-d)?\.ts$|\.d\.ts$/.test(name)) for (const m of readFileSync(path, 'utf8').matchAll(/'(DSL\d{4})'/g)) found.add(m[1]!);
    }
  };
  for (const pkg of ['core', 'cli', 'presets']) walk(join(root, 'packages', pkg, 'src'));
  return found;
}

/** docs/diagnostics.md is generated from the code registry (`diagnosticCodeSections` of the CLI). */
test('docs/diagnostics.md lists every diagnostic code', async () => {
  const page = [
    '# Diagnostics reference',
    '',
    'Every diagnostic `dsl` can report, by code. Generated from the code catalogues in the sources;',
    '`test/docs/diagnostics-reference.test.ts` fails when they drift (regenerate with',
    '`npx vitest run test/docs/diagnostics-reference.test.ts -u`). Codes are stable: a code is never',
    'reused for another meaning. Diagnostics print as `file:line:col severity CODE message`, then',
    '`→ at path` and a hint; `--format json|github|sarif` gives the same fields to machines.',
    '',
    ...diagnosticCodeSections.flatMap(({ title, intro, codes }) => [`## ${title}`, '', intro, '', table(codes), '']),
  ].join('\n');
  await expect(page).toMatchFileSnapshot('../../docs/diagnostics.md');
});

test('every code the sources report has an entry, and no code has two', () => {
  const listed = diagnosticCodeSections.flatMap(({ codes }) => Object.keys(codes));
  expect(listed.length).toBe(new Set(listed).size);
  const used = codesInSources();
  // The walk itself must find the codes (schema, graph, rules, Compose, parser, config).
  expect(used.size).toBeGreaterThan(120);
  const missing = [...used].filter((code) => !listed.includes(code));
  expect(missing, 'codes used in packages/*/src without a catalogue entry').toEqual([]);
});
