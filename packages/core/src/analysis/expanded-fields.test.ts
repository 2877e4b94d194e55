import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instruction } from '../instructions/index.js';
import { instructionKinds } from '../instructions/index.js';
import { expandedFields, expandedKinds } from './expanded-fields.js';

const text = fc.oneof(fc.constantFrom('$A', '${B:-x}', '/srv', 'a$', '\\$HOME', ''), fc.string({ maxLength: 6 }));
const key = fc.constantFrom('A', 'B_1', '$K', 'constructor', 'x.y');
const instruction: fc.Arbitrary<Instruction> = fc.oneof(
  fc.record({ kind: fc.constant('copy' as const), sources: fc.array(fc.oneof(text, fc.constant({ heredoc: { body: '$X' } })), { minLength: 1, maxLength: 3 }), destination: text, chown: fc.option(text, { nil: undefined }), chmod: fc.option(text, { nil: undefined }) }, { requiredKeys: ['kind', 'sources', 'destination'] }),
  fc.record({ kind: fc.constant('add' as const), sources: fc.array(text, { minLength: 1, maxLength: 3 }), destination: text }),
  fc.record({ kind: fc.constant('env' as const), vars: fc.dictionary(key, text, { maxKeys: 3 }) }),
  fc.record({ kind: fc.constant('label' as const), labels: fc.dictionary(key, text, { maxKeys: 3 }) }),
  fc.record({ kind: fc.constant('arg' as const), name: fc.constant('V'), default: fc.option(text, { nil: undefined }) }, { requiredKeys: ['kind', 'name'] }),
  fc.record({ kind: fc.constant('expose' as const), ports: fc.array(fc.oneof(fc.integer({ min: 1, max: 9000 }), text), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('volume' as const), paths: fc.array(text, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('workdir' as const), path: text }),
  fc.record({ kind: fc.constant('user' as const), user: fc.oneof(text, fc.integer({ min: 0, max: 70000 })), group: fc.option(fc.oneof(text, fc.integer({ min: 0, max: 9 })), { nil: undefined }) }, { requiredKeys: ['kind', 'user'] }),
  fc.record({ kind: fc.constant('stopsignal' as const), signal: fc.oneof(text, fc.integer({ min: 1, max: 31 })) }),
  fc.record({ kind: fc.constant('run' as const), command: text }),
) as fc.Arbitrary<Instruction>;

describe('expandedFields', () => {
  it('lists the expanded values that hold a $, with their paths', () => {
    expect(expandedFields({ kind: 'copy', sources: ['app-$V.tgz', 'README'], destination: '$DEST/', chown: 'app' })).toEqual([
      { text: 'app-$V.tgz', at: ['sources', 0] },
      { text: '$DEST/', at: ['destination'] },
    ]);
    expect(expandedFields({ kind: 'run', command: 'echo $HOME' })).toEqual([]);
    expect(expandedFields({ kind: 'label', labels: { '$K': 'v', plain: '$V' } })).toEqual([{ text: '$K', at: ['labels', '$K'] }, { text: '$V', at: ['labels', 'plain'] }]);
    expect(expandedFields({ kind: 'user', user: 1000, group: '$G' })).toEqual([{ text: '$G', at: ['group'] }]);
  });

  it('names every kind with expanded values, and no other kind has any', () => {
    const others = instructionKinds.filter((k) => !expandedKinds.includes(k));
    expect(others.sort()).toEqual(['cmd', 'comment', 'entrypoint', 'healthcheck', 'maintainer', 'onbuild', 'run', 'shell']);
    fc.assert(fc.property(instruction, (step) => {
      if (!expandedKinds.includes(step.kind)) expect(expandedFields(step)).toEqual([]);
    }));
  });
});
