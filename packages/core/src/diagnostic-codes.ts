import { builtinRules } from './checks/registry.js';
import type { AnyRule } from './checks/rule.js';
import { composeCodes } from './compose/checks/codes.js';
import { buildInputCodes } from './build-inputs/codes.js';
import type { CodeSection, CodeTable } from './diagnostics/code-table.js';
import { schemaCodes } from './diagnostics/schema-codes.js';
import { lockCodes } from './lock/lock-codes.js';
import { parseCodes } from './parse/codes.js';
import { stageGraphCodes } from './resolve/stage-graph-codes.js';
import { workspaceCodes } from './workspace/workspace-codes.js';

/**
 * Rules described as codes: each with its page in docs/rules/.
 *
 * @example
 * ruleCodeTable(builtinRules).DSL3007; // { rule: 'LatestTag', severity: 'warning', description: '…', docs: 'rules/DSL3007.md' }
 */
export function ruleCodeTable(rules: readonly AnyRule[]): CodeTable {
  return Object.fromEntries(
    rules.map((r) => [r.code, { rule: r.name, severity: r.severity, description: r.description, docs: `rules/${r.code}.md`, ...(r.enabledByDefault === false ? { optIn: true } : {}) }]),
  );
}

// The Compose codes name the entry of the Compose checks catalogue each one implements.
const composeTable: CodeTable = Object.fromEntries(
  Object.entries(composeCodes).map(([code, { catalogue, ...info }]) => [code, { ...info, description: `${info.description} (catalogue ${catalogue})` }]),
);

/**
 * Every diagnostic code core reports, in the groups of the diagnostics reference
 * (docs/diagnostics.md). The CLI adds its own groups in the same shape.
 *
 * @example
 * Object.keys(coreCodeSections.stageGraph.codes); // ['DSL2001', 'DSL2004', 'DSL2005', 'DSL2006']
 */
export const coreCodeSections: Readonly<Record<'schema' | 'stageGraph' | 'buildInputs' | 'rules' | 'compose' | 'parse' | 'lock' | 'workspace', CodeSection>> = {
  schema: {
    title: 'DSL1xxx: the shape of a definition',
    intro: 'Reported when a definition does not match the model (from TypeScript, JavaScript or JSON alike), before anything else runs. Each comes with the path into the model and, for TypeScript definitions, the line that created the object.',
    codes: schemaCodes,
  },
  stageGraph: {
    title: 'DSL2001–DSL2006: the stage graph',
    intro: 'Reported when an image is resolved: how its stages refer to each other. DSL2003 (UnknownStageReference) is retired: a reference to a stage that does not exist is DSL2007 (CopyFromUnknownStage) wherever it is found — here for explicit `{ stage }` references and handles (always an error: they cannot fall back to an image), by the rule for plain names.',
    codes: stageGraphCodes,
  },
  buildInputs: {
    title: 'DSL2030–DSL2039: build inputs',
    intro: 'Reported when an image is compiled: secrets, SSH agents, named contexts and entitlements its steps use but the image does not declare.',
    codes: buildInputCodes,
  },
  rules: {
    title: 'DSL2007–DSL3xxx: check rules',
    intro: 'The rule engine, on definitions and on existing Dockerfiles alike. Each rule has its own page with a failing and a passing example; severities are configurable.',
    codes: ruleCodeTable(builtinRules),
  },
  compose: {
    title: 'DSL4xxx: Compose stacks',
    intro: 'Checks of Compose stacks, defined in TypeScript or read from a Compose file. DSL40xx and DSL4110 are Compose rules: each has its page, and the config\'s `rules:` sets their severities as for the check rules. DSL41xx are problems reading a Compose file. The catalogue entry is the `shared/checks.md` item each implements.',
    codes: composeTable,
  },
  parse: {
    title: 'DSL5xxx: Dockerfile text',
    intro: 'Reported by the Dockerfile parser (`dsl check FILE`, `dsl import`), with line and column. Most mirror an error BuildKit raises for the same text.',
    codes: parseCodes,
  },
  lock: {
    title: 'DSL1050–DSL1059, DSL5950–DSL5969: the lock file',
    intro: 'Reported when `dsl.lock.json` is read (by `dsl synth`, `dsl build` and `dsl lock`), when synth pins references with it, and by `dsl lock` when it asks the registries. See [the lock guide](guides/lock.md).',
    codes: lockCodes,
  },
  workspace: {
    title: 'DSL70xx: workspaces',
    intro: 'Reported when a monorepo\'s workspace (npm, yarn, pnpm, uv or go.work) is read for the workspace presets and `dsl plan`: its manifests, its package globs and the graph of its packages, each pointing at the manifest line that causes it; and by a workspace preset that cannot build the package it is given.',
    codes: workspaceCodes,
  },
};
