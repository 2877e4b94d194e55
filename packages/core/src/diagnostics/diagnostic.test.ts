import { describe, expect, it } from 'vitest';
import { DslError, formatDiagnostic, formatPath, hasErrors, type Diagnostic } from './diagnostic.js';

const d: Diagnostic = { code: 'DSL2007', rule: 'CopyFromUnknownStage', severity: 'error', message: "COPY --from refers to stage 'biuld'", path: ['images', 'api', 'stages', 'runtime', 'steps', 1, 'from'], source: { file: '/repo/services/api/dsl.ts', line: 14, column: 3 }, hint: "use 'build'" };

describe('diagnostics', () => {
  it('format paths with dots, indices and quoted odd keys', () => {
    expect(formatPath(['images', 'api', 'stages', 'build', 'steps', 3])).toBe('images.api.stages.build.steps[3]');
    expect(formatPath(['labels', 'my key'])).toBe('labels["my key"]');
    expect(formatPath([])).toBe('');
  });

  it('print like a compiler, relative to the working directory', () => {
    expect(formatDiagnostic(d, '/repo')).toBe("services/api/dsl.ts:14:3 error DSL2007 COPY --from refers to stage 'biuld'\n  → at images.api.stages.runtime.steps[1].from\n  hint: use 'build'");
    expect(formatDiagnostic({ ...d, source: undefined, hint: undefined, path: [] }, '/repo')).toBe("error DSL2007 COPY --from refers to stage 'biuld'");
  });

  it('know errors from warnings', () => {
    expect(hasErrors([{ ...d, severity: 'warning' }])).toBe(false);
    expect(hasErrors([d])).toBe(true);
    const e = new DslError([d, { ...d, severity: 'warning', message: 'w' }]);
    expect(e.message).not.toContain('warning');
    expect(e.diagnostics).toHaveLength(2);
  });
});
