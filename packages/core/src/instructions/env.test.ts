import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { env } from './env.js';

describe('ENV', () => {
  it('prints key=value pairs in the given order, quoting only where needed', () => {
    expect(printStep(env({ NODE_ENV: 'production', PATH: '/app/bin:$PATH', GREETING: 'hello world' }))).toBe(
      'ENV NODE_ENV=production PATH=/app/bin:$PATH GREETING="hello world"',
    );
  });

  it('escapes quotes, backslashes and literal dollars', () => {
    expect(printStep(env({ A: 'say "hi"', B: 'C:\\dir', C: 'cost \\$5', D: '' }))).toBe('ENV A="say \\"hi\\"" B="C:\\\\dir" C="cost \\$5" D=""');
  });

  it('uses the backtick escape in backtick files', () => {
    expect(printStep(env({ A: 'a "b" `c` \\d \\$e' }), '`')).toBe('ENV A="a `"b`" ``c`` \\d `$e"');
  });

  it('reports line breaks, bad names and empty ENV', () => {
    expect(stepDiagnostics(env({ A: 'a\nb' }))[0]?.code).toBe('DSL1010');
    expect(stepDiagnostics(env({ 'A-B': 'x' }))[0]?.message).toBe("key 'A-B': expected a variable name: letters, digits and _, not starting with a digit");
    expect(stepDiagnostics(env({}))[0]?.message).toBe("'vars': ENV needs at least one variable");
    expect(stepDiagnostics({ kind: 'env', vars: { A: 1 } })[0]?.message).toBe("'A' must be a string, not a number");
  });
});
