import { describe, expect, test } from 'vitest';
import { builtinRules } from '../../checks/registry.js';
import { checkDockerfile } from '../../checks/check-dockerfile.js';
import type { Diagnostic } from '../diagnostic.js';
import { formatDiagnostics } from './index.js';

const text = 'FROM alpine:latest AS base\nRUN apt-get install curl\n\nFROM alpine:3.20\nCOPY --from=builder /app /app\n';
const diagnostics: Diagnostic[] = checkDockerfile(text, { file: '/repo/services/api/Dockerfile' }).diagnostics;

describe('formatDiagnostics', () => {
  test('text prints like a compiler, relative to cwd, then a count', async () => {
    const out = formatDiagnostics(diagnostics, 'text', '/repo');
    expect(out).toContain("services/api/Dockerfile:5:1 error DSL2007 COPY --from refers to stage 'builder', which does not exist");
    expect(out).toContain('\n  → at stages[1].steps[0].from\n');
    expect(out).not.toContain('/repo/');
    await expect(out).toMatchFileSnapshot('./__golden__/diagnostics.txt');
  });

  test('json is the diagnostic objects with relative files', () => {
    const parsed = JSON.parse(formatDiagnostics(diagnostics, 'json', '/repo')) as Diagnostic[];
    expect(parsed).toHaveLength(diagnostics.length);
    expect(parsed.find((d) => d.code === 'DSL2007')).toMatchObject({ rule: 'CopyFromUnknownStage', severity: 'error', path: ['stages', 1, 'steps', 0, 'from'], source: { file: 'services/api/Dockerfile', line: 5, column: 1 } });
  });

  test('github emits one workflow command per diagnostic with escaped data', () => {
    const out = formatDiagnostics(diagnostics, 'github', '/repo').trimEnd().split('\n');
    expect(out).toHaveLength(diagnostics.length);
    const line = out.find((l) => l.includes('DSL2007'))!;
    expect(line).toMatch(/^::error file=services\/api\/Dockerfile,line=5,col=1,(endLine=\d+,)?title=DSL2007 CopyFromUnknownStage::COPY --from refers to stage 'builder'/);
    expect(line).toContain('%0A→ at stages[1].steps[0].from');
    expect(out.some((l) => l.startsWith('::notice '))).toBe(true);
  });

  test('sarif is a 2.1.0 log with the fired rules and one result each', async () => {
    const out = formatDiagnostics(diagnostics, 'sarif', '/repo', builtinRules);
    const log = JSON.parse(out);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...new Set(diagnostics.map((d) => d.code))].sort());
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'DSL2007');
    expect(result).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'services/api/Dockerfile' }, region: { startLine: 5, startColumn: 1 } } }] });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('DSL2007');
    await expect(out).toMatchFileSnapshot('./__golden__/diagnostics.sarif.json');
  });

  test('text says so when there is nothing to report', () => {
    expect(formatDiagnostics([], 'text')).toBe('no problems found\n');
  });
});
