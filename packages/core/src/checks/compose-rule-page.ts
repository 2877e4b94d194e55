import type { RuleMeta } from './rule.js';

/**
 * What the docs read of a Compose rule (`compose.ComposeRule`, which lives a layer above; its
 * `docs` fields are explained there).
 *
 * @example
 * const rule: ComposeRuleDocsView = { code: 'DSL4008', name: 'DuplicateHostPort', severity: 'error', description: '…', docs: { why: '…', catalogue: 'CP102', bad: 'services: …', good: 'services: …' } };
 */
export type ComposeRuleDocsView = RuleMeta & {
  docs: { why: string; catalogue: string; bad: string; good: string; typescript?: string; exampleKind?: 'compose' | 'definition'; about?: 'service' | 'stack'; silencing?: string };
};

function fence(language: string, text: string): string[] {
  return [`\`\`\`${language}`, text.trimEnd(), '```', ''];
}

/** The ways to silence one finding, in a definition, a Compose file and the config. */
function silencing(rule: ComposeRuleDocsView): string[] {
  const { code, docs } = rule;
  const reason = `\`ignore: { ${code}: 'the reason' }\``;
  const definition =
    docs.about === 'stack'
      ? `- In a definition: ${reason} on the stack (\`compose.stack('shop', { …, ignore })\`).`
      : `- In a definition: ${reason} on the service (\`compose.service('web', { …, ignore })\`), or on the stack (\`compose.stack('shop', { …, ignore })\`) for all its services.`;
  const file =
    docs.exampleKind === 'definition'
      ? '- In a Compose file: not needed: a file read by `dsl check` builds no DSL image, so this rule has nothing to check there.'
      : docs.about === 'stack'
        ? `- In a Compose file: \`# dsl ignore=${code}\` on the line above the \`name:\` key.`
        : `- In a Compose file: \`# dsl ignore=${code}\` on the line above the service's key (a reason may follow the code).`;
  return [
    definition,
    file,
    `- In the config: \`rules: { ${code}: 'off' }\` (or another severity; the name \`${rule.name}\` works too).`,
    '',
    ...(docs.silencing ? [docs.silencing, ''] : []),
  ];
}

/**
 * The documentation page of one Compose rule, generated from its metadata: what it catches,
 * why, a Compose file it fires on and one it does not (also in TypeScript), and how to silence
 * one finding.
 *
 * @example
 * writeFileSync(`docs/rules/${rule.code}.md`, renderComposeRulePage(rule));
 */
export function renderComposeRulePage(rule: ComposeRuleDocsView): string {
  const { docs } = rule;
  const language = docs.exampleKind === 'definition' ? 'ts' : 'yaml';
  return [
    `# ${rule.code} ${rule.name}`,
    '',
    `Severity: **${rule.severity}** · Compose stacks (${docs.exampleKind === 'definition' ? 'defined in TypeScript: a Compose file cannot have this problem' : 'defined in TypeScript or read from a Compose file'})`,
    '',
    rule.description,
    '',
    '## Why',
    '',
    docs.why,
    '',
    '## Fires on',
    '',
    ...fence(language, docs.bad),
    '## Does not fire on',
    '',
    ...fence(language, docs.good),
    ...(docs.typescript ? ['The same, written in TypeScript with the compose API of `@dockerdsl/core`:', '', ...fence('ts', docs.typescript)] : []),
    '## Equivalents',
    '',
    `- Compose checks catalogue: \`${docs.catalogue}\``,
    '',
    '## Silencing it',
    '',
    ...silencing(rule),
  ].join('\n');
}
