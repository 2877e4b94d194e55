import { formatDiagnostic, type Diagnostic } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';
import { memoryOutput } from './memory-output.js';
import { countText, printDiagnostics } from './print-diagnostics.js';

const finding = (i: number, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({
  code: 'DSL3007', rule: 'LatestTag', severity, message: `base image 'app-${i}:latest' uses the moving 'latest' tag`, path: ['stages', 0, 'from'],
  source: { file: `/repo/svc-${i}/Dockerfile`, line: 1, column: 1 }, hint: 'pin a version tag or a digest',
});

describe('printDiagnostics', () => {
  it('prints each diagnostic as formatDiagnostic writes it, in order', () => {
    const io = memoryOutput('/repo');
    const list = [finding(1), finding(2, 'error')];
    printDiagnostics(io, list);
    expect(io.stderr()).toBe(list.map((d) => `${formatDiagnostic(d, '/repo')}\n`).join(''));
    expect(io.stderr()).toContain('svc-2/Dockerfile:1:1 error DSL3007');
  });

  it('writes thousands of findings in a few large writes, not one a finding', () => {
    const io = memoryOutput('/repo');
    let writes = 0;
    const write = io.err.write.bind(io.err);
    io.err.write = ((chunk: string) => { writes++; return write(chunk); }) as typeof io.err.write;
    const list = Array.from({ length: 5000 }, (_, i) => finding(i));
    printDiagnostics(io, list);
    expect(writes).toBeLessThan(20);
    expect(io.stderr().split('\n').filter((l) => l.includes(' warning DSL3007 ')).length).toBe(5000);
  });

  it('counts errors and warnings for the summary line', () => {
    expect(countText([finding(1), finding(2, 'error'), finding(3)])).toBe('1 error, 2 warnings');
  });
});
