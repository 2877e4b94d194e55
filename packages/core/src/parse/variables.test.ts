import { describe, expect, it } from 'vitest';
import { variableReferences } from '../tooling.js';
import { codesOf } from './parse-helpers.test-util.js';

describe('variableReferences', () => {
  it('finds $VAR and ${VAR} with every modifier, nested references included', () => {
    const { references, problems } = variableReferences('$A ${B} ${C:-x} ${D:+y} ${E-$F} ${G:?must}', '\\');
    expect(problems).toEqual([]);
    expect(references.map((r) => [r.name, r.modifier, r.word])).toEqual([
      ['A', undefined, undefined], ['B', undefined, undefined], ['C', ':-', 'x'], ['D', ':+', 'y'], ['F', undefined, undefined], ['E', '-', '$F'], ['G', ':?', 'must'],
    ]);
    expect(references[2]).toMatchObject({ offset: 8, length: 7 });
  });

  it('skips escaped dollars and single quotes', () => {
    expect(variableReferences("\\$A '$B' \"$C\"", '\\').references.map((r) => r.name)).toEqual(['C']);
    expect(variableReferences('`$A $B', '`').references.map((r) => r.name)).toEqual(['B']);
  });

  it('reports an unclosed brace and an unsupported modifier', () => {
    expect(variableReferences('${A', '\\').problems[0]!.message).toMatch(/missing '}'/);
    expect(variableReferences('${A!x}', '\\').problems[0]!.message).toMatch(/unsupported modifier/);
    expect(codesOf('FROM a\nENV X=${Y\n')).toEqual(['DSL5014']);
    expect(codesOf('FROM a\nRUN echo ${Y\n')).toEqual([]);
  });
});
