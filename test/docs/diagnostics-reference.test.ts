import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compose } from '@dockerdsl/core';
import { buildInputCodes, builtinRules, lockCodes, parseCodes, schemaCodes, stageGraphCodes, workspaceCodes } from '@dockerdsl/core/tooling';
import { buildCodes } from '../../packages/cli/src/build/build-codes.js';
import { expect, test } from 'vitest';
import { configCodeDescriptions, configCodes } from '../../packages/cli/src/config/config-error.js';
import { planCodeDescriptions, planCodes } from '../../packages/cli/src/plan/plan-codes.js';
import { contextSourceCodes } from '../../packages/cli/src/synth/missing-sources.js';

const root = resolve(import.meta.dirname, '../..');

type Row = { code: string; rule: string; severity: string; description: string; page?: string };

const schemaRows: Row[] = Object.entries(schemaCodes).map(([code, c]) => ({ code, rule: c.rule, severity: 'error', description: c.description }));
const graphRows: Row[] = Object.entries(stageGraphCodes).map(([code, c]) => ({ code, rule: c.rule, severity: 'error', description: c.description }));
const ruleRows: Row[] = builtinRules.map((r) => ({ code: r.code, rule: r.name, severity: r.enabledByDefault === false ? `${r.severity} (opt-in)` : r.severity, description: r.description, page: `rules/${r.code}.md` }));
const composeRows: Row[] = Object.entries(compose.composeCodes).map(([code, c]) => ({ code, rule: c.rule, severity: c.severity, description: `${c.description} (catalogue ${c.catalogue})` }));
const parseRows: Row[] = Object.entries(parseCodes).map(([code, c]) => ({ code, rule: c.rule, severity: c.severity, description: c.description }));
const lockRows: Row[] = Object.entries(lockCodes).map(([code, c]) => ({ code, rule: c.rule, severity: c.severity, description: c.description }));
const planRows: Row[] = Object.values(planCodes).map((c) => ({ code: c.code, rule: c.rule, severity: 'error', description: planCodeDescriptions[c.code] }));
const workspaceRows: Row[] = Object.entries(workspaceCodes).map(([code, c]) => ({ code, rule: c.rule, severity: 'error', description: c.description }));
const buildInputRows: Row[] = Object.entries(buildInputCodes).map(([code, c]) => ({ code, rule: c.rule, severity: c.severity, description: c.description }));
const buildRows: Row[] = Object.entries(buildCodes).map(([code, c]) => ({ code, rule: c.rule, severity: c.severity, description: c.description }));
const contextSourceRows: Row[] = Object.entries(contextSourceCodes).map(([code, c]) => ({ code, rule: c.rule, severity: c.severity, description: c.description }));
const configRows: Row[] = Object.values(configCodes).map((c) => ({ code: c.code, rule: c.rule, severity: 'error', description: configCodeDescriptions[c.code] }));

const sections: Array<[title: string, intro: string, rows: Row[]]> = [
  ['DSL1xxx: the shape of a definition', 'Reported when a definition does not match the model (from TypeScript, JavaScript or JSON alike), before anything else runs. Each comes with the path into the model and, for TypeScript definitions, the line that created the object.', schemaRows],
  ['DSL2001–DSL2006: the stage graph', 'Reported when an image is resolved: how its stages refer to each other. DSL2003 (UnknownStageReference) is retired: a reference to a stage that does not exist is DSL2007 (CopyFromUnknownStage) wherever it is found — here for explicit `{ stage }` references and handles (always an error: they cannot fall back to an image), by the rule for plain names.', graphRows],
  ['DSL2030–DSL2039: build inputs', 'Reported when an image is compiled: secrets, SSH agents, named contexts and entitlements its steps use but the image does not declare.', buildInputRows],
  ['DSL2007–DSL3xxx: check rules', 'The rule engine, on definitions and on existing Dockerfiles alike. Each rule has its own page with a failing and a passing example; severities are configurable.', ruleRows],
  ['DSL4xxx: Compose stacks', 'Checks of Compose stacks, defined in TypeScript or read from a Compose file. DSL41xx are problems reading a Compose file. The catalogue entry is the `shared/checks.md` item each implements.', composeRows],
  ['DSL5xxx: Dockerfile text', 'Reported by the Dockerfile parser (`dsl check FILE`, `dsl import`), with line and column. Most mirror an error BuildKit raises for the same text.', parseRows],
  ['DSL5060–DSL5069: build context sources', 'Reported by `dsl synth` (and `dsl build`, `dsl check` of a config) when a `COPY`/`ADD` source cannot be in the build context folder BuildKit receives.', contextSourceRows],
  ['DSL59xx: the config file', 'Reported by the CLI when `dsl.config.ts` cannot be found or loaded, or the project it describes cannot be written.', configRows],
  ['DSL1050–DSL1059, DSL5950–DSL5969: the lock file', 'Reported when `dsl.lock.json` is read (by `dsl synth`, `dsl build` and `dsl lock`), when synth pins references with it, and by `dsl lock` when it asks the registries. See [the lock guide](guides/lock.md).', lockRows],
  ['DSL599x: dsl plan', 'Reported by `dsl plan` when it cannot find the changed files.', planRows],
  ['DSL70xx: workspaces', 'Reported when a monorepo\'s workspace (npm, yarn, pnpm, uv or go.work) is read for the workspace presets and `dsl plan`: its manifests, its package globs and the graph of its packages, each pointing at the manifest line that causes it; and by a workspace preset that cannot build the package it is given.', workspaceRows],
  ['DSL5930–DSL5949: dsl build', 'Reported by `dsl build` before any image is built: what the builder cannot do, and build inputs nothing supplies.', buildRows],
];

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function table(rows: Row[]): string {
  const lines = ['| Code | Name | Severity | What it means |', '| --- | --- | --- | --- |'];
  for (const r of [...rows].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    lines.push(`| ${r.page ? `[${r.code}](${r.page})` : r.code} | ${r.rule} | ${r.severity} | ${cell(r.description)} |`);
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

/** docs/diagnostics.md lists every diagnostic code from the catalogues it is generated from. */
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
    ...sections.flatMap(([title, intro, rows]) => [`## ${title}`, '', intro, '', table(rows), '']),
  ].join('\n');
  await expect(page).toMatchFileSnapshot('../../docs/diagnostics.md');
});

test('every code the sources report has an entry, and no code has two', () => {
  const listed = sections.flatMap(([, , rows]) => rows.map((r) => r.code));
  expect(listed.length).toBe(new Set(listed).size);
  const used = codesInSources();
  // The walk itself must find the codes (schema, graph, rules, Compose, parser, config).
  expect(used.size).toBeGreaterThan(120);
  const missing = [...used].filter((code) => !listed.includes(code));
  expect(missing, 'codes used in packages/*/src without a catalogue entry').toEqual([]);
});
