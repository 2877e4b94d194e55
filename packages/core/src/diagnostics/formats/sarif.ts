import { formatPath, type Diagnostic, type Severity } from '../diagnostic.js';
import { relativePath } from './relative-path.js';

const level = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * What SARIF tells about a rule, when the caller knows it (a check rule has all of it).
 *
 * @example
 * const rule: SarifRule = { code: 'DSL3007', name: 'LatestTag', severity: 'warning', description: 'A base image uses the latest tag.', docs: { why: 'It moves.' } };
 */
export interface SarifRule {
  code: string;
  name: string;
  severity: Severity;
  description: string;
  docs?: { why: string };
}

/**
 * Diagnostics as a SARIF 2.1.0 log for code-scanning dashboards: one run, the rules that
 * fired as `tool.driver.rules` (described from `rules` when given), one result per diagnostic.
 *
 * @example
 * writeFileSync('dsl.sarif', formatSarif(diagnostics, { rules: builtinRules }));
 */
export function formatSarif(diagnostics: readonly Diagnostic[], options: { cwd?: string; rules?: readonly SarifRule[]; version?: string } = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const known = new Map((options.rules ?? []).map((r) => [r.code, r]));
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const rules = codes.map((code) => {
    const rule = known.get(code);
    const name = rule?.name ?? diagnostics.find((d) => d.code === code)!.rule;
    return {
      id: code,
      name,
      shortDescription: { text: rule?.description ?? name },
      ...(rule ? { ...(rule.docs ? { fullDescription: { text: rule.docs.why } } : {}), defaultConfiguration: { level: level[rule.severity] }, helpUri: `https://dockerdsl.dev/rules/${code}` } : {}),
    };
  });
  const results = diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: codes.indexOf(d.code),
    level: level[d.severity],
    message: { text: d.hint ? `${d.message} (hint: ${d.hint})` : d.message },
    ...(d.source
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: relativePath(d.source.file, cwd) },
                region: { startLine: d.source.line, startColumn: d.source.column, ...(d.source.endLine ? { endLine: d.source.endLine } : {}), ...(d.source.endColumn ? { endColumn: d.source.endColumn } : {}) },
              },
              logicalLocations: [{ fullyQualifiedName: formatPath(d.path) }],
            },
          ],
        }
      : { locations: [{ logicalLocations: [{ fullyQualifiedName: formatPath(d.path) }] }] }),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'dockerdsl', informationUri: 'https://dockerdsl.dev', ...(options.version ? { version: options.version } : {}), rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
