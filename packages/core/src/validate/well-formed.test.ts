import { expect, it } from 'vitest';
import { validateImage } from './validate.js';
import { loneSurrogateIssues } from './well-formed.js';

it('finds lone surrogates in values and keys, not in paired ones', () => {
  expect(loneSurrogateIssues({ a: ['x', '😀'], b: { 'k\uD800': 'v', c: 'a\uDC00' } }).map((i) => i.path)).toEqual([['b', 'k\uD800'], ['b', 'c']]);
  const result = validateImage({ name: 'w', stages: [{ from: 'busybox', steps: [{ kind: 'env', vars: { A: 'x\uD83D' } }] }] });
  expect(result.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['DSL1021', 'images.w.stages.0.steps.0.vars.A']]);
});
