import { describe, expect, it } from 'vitest';
import { stepDiagnostics } from './harness.test-util.js';
import { instructionKinds, instructionSchema } from './index.js';

describe('the instruction union', () => {
  it('knows every kind once', () => {
    expect(new Set(instructionKinds).size).toBe(instructionKinds.length);
    expect(instructionKinds).toHaveLength(18);
  });

  it('names an unknown kind with a suggestion', () => {
    const [d] = stepDiagnostics({ kind: 'rnu', command: 'x' });
    expect(d?.code).toBe('DSL1008');
    expect(d?.rule).toBe('UnknownInstruction');
    expect(d?.message).toBe('unknown instruction kind "rnu" (did you mean \'run\'?)');
    expect(stepDiagnostics({ command: 'x' })[0]?.message).toBe("a step needs 'kind'");
  });

  it('parses every kind it lists', () => {
    const samples: Record<string, unknown> = {
      add: { sources: ['a'], destination: 'b' }, arg: { name: 'A' }, cmd: { command: ['a'] }, comment: { text: 'x' },
      copy: { sources: ['a'], destination: 'b' }, entrypoint: { command: ['a'] }, env: { vars: { A: 'b' } }, expose: { ports: [80] },
      healthcheck: { none: true }, label: { labels: { a: 'b' } }, maintainer: { name: 'x' }, onbuild: { instruction: { kind: 'run', command: 'x' } },
      run: { command: 'x' }, shell: { command: ['sh', '-c'] }, stopsignal: { signal: 'SIGTERM' }, user: { user: 'a' }, volume: { paths: ['/v'] }, workdir: { path: '/w' },
    };
    for (const kind of instructionKinds) expect(instructionSchema.safeParse({ kind, ...(samples[kind] as object) }).success, kind).toBe(true);
  });
});
