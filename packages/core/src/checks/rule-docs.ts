import type { AnyRule } from './rule.js';
import type { ComposeRuleDocsView } from './compose-rule-page.js';

const severityWord = { error: 'error', warning: 'warning', info: 'info' } as const;

function fence(rule: AnyRule, text: string): string {
  return `\`\`\`${rule.docs.exampleKind === 'definition' ? 'ts' : 'dockerfile'}\n${text}\n\`\`\``;
}

/**
 * The documentation page of one rule, generated from its metadata: what it catches, why, a
 * bad and a good example (with `typescriptFix`, the good one in TypeScript too), and the
 * BuildKit and hadolint equivalents.
 *
 * @example
 * writeFileSync(`docs/rules/${rule.code}.md`, renderRulePage(rule, { typescriptFix }));
 */
export function renderRulePage(rule: AnyRule, options: { typescriptFix?: string } = {}): string {
  const lines = [
    `# ${rule.code} ${rule.name}`,
    '',
    `Severity: **${severityWord[rule.severity]}**${rule.enabledByDefault === false ? ' (opt-in: off unless the config gives it a severity)' : ''}${rule.dockerfileOnly ? ' · Dockerfiles only (generated files cannot have this problem)' : ''}`,
    '',
    rule.description,
    '',
    '## Why',
    '',
    rule.docs.why,
    '',
    '## Fires on',
    '',
    fence(rule, rule.docs.bad),
    '',
    '## Does not fire on',
    '',
    fence(rule, rule.docs.good),
    '',
    ...(options.typescriptFix ? ['The same, written in TypeScript (what `dsl import` makes of it):', '', '```ts', options.typescriptFix.trimEnd(), '```', ''] : []),
    '## Equivalents',
    '',
    `- BuildKit build check: ${rule.docs.buildkit ? `\`${rule.docs.buildkit}\`` : 'none'}`,
    `- hadolint: ${rule.docs.hadolint?.length ? rule.docs.hadolint.map((c) => `\`${c}\``).join(', ') : 'none'}`,
    '',
    '## Silencing it',
    '',
    `- In a definition: \`ignore: { ${rule.code}: 'the reason' }\` on the image or stage.`,
    `- In a Dockerfile: \`# dsl ignore=${rule.code}\` on the line above the instruction${rule.docs.hadolint?.length ? ` (\`# hadolint ignore=${rule.docs.hadolint[0]}\` works too)` : ''}${rule.docs.buildkit ? `, or \`# check=skip=${rule.docs.buildkit}\` for the whole file` : ''}.`,
    `- In the config: \`rules: { ${rule.code}: 'off' }\` (or another severity).`,
    '',
  ];
  return lines.join('\n');
}

/**
 * The index of all rule pages, with the DSL code ↔ BuildKit/hadolint table, the checks made
 * elsewhere and the Compose rules (`compose.composeRules`, which core's layers keep out of this
 * folder: the caller passes them).
 *
 * @example
 * writeFileSync('docs/rules/README.md', renderRuleIndex(builtinRules, pipelineChecks, compose.composeRules));
 */
export function renderRuleIndex(
  rules: readonly AnyRule[],
  elsewhere: ReadonlyArray<{ code: string; name: string; buildkit?: string; hadolint?: string; where: string }> = [],
  composeRules: readonly ComposeRuleDocsView[] = [],
): string {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const lines = [
    '# Check rules',
    '',
    'Generated from the rules\' own metadata (`packages/core/src/checks/rules/`); do not edit by hand.',
    'Regenerate with `node scripts/gen-rule-docs.mjs`.',
    '',
    '## Controlling the rules',
    '',
    '- Severity per rule, by code or name, in `dsl.config.ts`: `rules: { DSL3007: \'error\', AptPinVersion: \'off\' }`. Opt-in rules run only when named there.',
    '- Suppression with a reason on an image or a stage: `ignore: { DSL3010: \'the base image runs as nonroot\' }` (an empty reason is itself reported, DSL3000).',
    '- In Dockerfiles: `# dsl ignore=DSL3007 reason` above an instruction, `# dsl global ignore=…` for the file; `# hadolint ignore=DL3007` is read through the table below; BuildKit\'s `# check=skip=Rule,…|all` skips the matching rules and `# check=error=true` makes them errors.',
    '- `--strict` (API: `{ strict: true }`) fails on warnings as well as errors.',
    '- Team rules: write them with `defineRule` in a preset package, group them with `definePolicyPack`, and list the pack in `policies` of the config. They get the same severities, suppressions, output formats and docs as the built-in ones.',
    '- How a rule is written: metadata (code, name, severity, description, docs, message) and `create(context)`, which returns visitors the engine calls in one walk of the image: one per instruction kind (`run(step)`, `copy(step)`, …), `command(c)` for each shell command of a RUN (tokenised once, shared by every rule), `\'command:apt-get\'(c)` for the commands of one program only (the engine indexes these by program name, so a rule about `apt-get` costs nothing on other commands), and the hooks `image`, `stage`, `stage:exit`, `image:exit`. A key that is none of these fails the rule with an error finding that names the likely one. A visitor reports with `context.report(target, data)`; for example `create: (context) => ({ maintainer(step) { context.report(step, { name: step.step.name }); } })`.',
    '- Output: `text` (like a compiler), `json`, `github` (workflow annotations) or `sarif` (code scanning), through `formatDiagnostics`.',
    '',
    'Error severity is kept for mistakes that make BuildKit refuse the file; `test/checks/buildkit-agreement.e2e.test.ts` builds examples with the real engine to hold the rules to that.',
    '',
    row(['Code', 'Rule', 'Severity', 'BuildKit', 'hadolint', 'What it catches']),
    row(['---', '---', '---', '---', '---', '---']),
    ...rules.map((r) => row([`[${r.code}](${r.code}.md)`, r.name, `${r.severity}${r.enabledByDefault === false ? ' (opt-in)' : ''}`, r.docs.buildkit ?? '', (r.docs.hadolint ?? []).join(', '), r.description.replace(/\|/g, '\\|')])),
    '',
  ];
  if (elsewhere.length > 0) {
    lines.push('## Checks made elsewhere in the pipeline', '', row(['Code', 'Rule', 'BuildKit', 'hadolint', 'Where']), row(['---', '---', '---', '---', '---']));
    lines.push(...elsewhere.map((e) => row([e.code, e.name, e.buildkit ?? '', e.hadolint ?? '', e.where])), '');
  }
  if (composeRules.length > 0) {
    lines.push(
      '## Compose rules',
      '',
      'Compose stacks (defined in TypeScript or read from a Compose file) are checked by rules of the same shape (`packages/core/src/compose/checks/rules/`, one file per rule): metadata and `create(context)`, whose visitors `stack(stack)` and `service(service, name)` the engine calls in one walk of the stack. The config\'s `rules:` table sets their severities, by code or name, as for the rules above (`rules: { DuplicateHostPort: \'warning\', DSL4013: \'off\' }`). The catalogue entry is the `shared/checks.md` item each implements.',
      '',
      'One finding is silenced where it is: in a definition, `ignore: { DSL4013: \'the reason\' }` on the service (on the stack, for all of it; an empty reason is reported, DSL3000, as for images); in a Compose file, `# dsl ignore=DSL4013 reason` on the line above the service\'s key (above `name:` for the project name).',
      '',
      row(['Code', 'Rule', 'Severity', 'Catalogue', 'What it catches']),
      row(['---', '---', '---', '---', '---']),
      ...composeRules.map((r) => row([`[${r.code}](${r.code}.md)`, r.name, r.severity, r.docs.catalogue, r.description.replace(/\|/g, '\\|')])),
      '',
    );
  }
  return lines.join('\n');
}

/**
 * Checks that live outside the rule engine (schema, stage graph, parser), for the index table.
 *
 * @example
 * renderRuleIndex(builtinRules, pipelineChecks);
 */
export const pipelineChecks = [
  { code: 'DSL1013', name: 'InvalidPort', hadolint: 'DL3011', where: 'schema (definitions); ports out of range' },
  { code: 'DSL1016', name: 'UnknownSignal', where: 'schema (definitions); STOPSIGNAL names' },
  { code: 'DSL2001', name: 'DuplicateStageName', buildkit: 'DuplicateStageName', hadolint: 'DL3024', where: 'stage graph (resolve)' },
  { code: 'DSL2004', name: 'SelfStageReference', hadolint: 'DL3023', where: 'stage graph' },
  { code: 'DSL2005', name: 'StageCycle', where: 'stage graph' },
  { code: 'DSL2006', name: 'UnknownTarget', where: 'stage graph' },
  { code: 'DSL5015', name: 'InvalidOnbuildTrigger', hadolint: 'DL3043', where: 'Dockerfile parser (definitions: a type error)' },
  { code: 'DSL5019', name: 'EmptyContinuationLine', buildkit: 'NoEmptyContinuation', where: 'Dockerfile parser' },
  { code: '—', name: 'InvalidBaseImagePlatform', buildkit: 'InvalidBaseImagePlatform', where: 'not checked: it needs the registry\'s image index, which a compile-time check does not have' },
] as const;
