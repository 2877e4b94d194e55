import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { typeAndRest } from './commands.js';
import { codesOf, stepsOf } from './parse-helpers.test-util.js';

describe('exec and shell forms', () => {
  it('reads JSON arrays as exec form and anything else as shell form', () => {
    expect(stepsOf('FROM a\nCMD ["node", "server.js"]\nENTRYPOINT exec node "$APP"\nRUN ["make", "install"]\n')).toEqual([
      { kind: 'cmd', command: ['node', 'server.js'] },
      { kind: 'entrypoint', command: { shell: 'exec node "$APP"' } },
      { kind: 'run', command: ['make', 'install'] },
    ]);
  });

  it('treats invalid JSON as shell form, as Docker silently does', () => {
    expect(stepsOf("FROM a\nCMD ['node', 'x']\nCMD [\"c:\\windows\"]\nCMD [\"a\", 1]\n")).toEqual([
      { kind: 'cmd', command: { shell: "['node', 'x']" } },
      { kind: 'cmd', command: { shell: '["c:\\windows"]' } },
      { kind: 'cmd', command: { shell: '["a", 1]' } },
    ]);
  });

  it('reads JSON split over continuation lines', () => {
    expect(stepsOf('FROM a\nENTRYPOINT ["tini", \\\n  "--", \\\n  "app"]\n')).toEqual([{ kind: 'entrypoint', command: ['tini', '--', 'app'] }]);
  });

  it('requires JSON for SHELL', () => {
    expect(stepsOf('FROM a\nSHELL ["pwsh", "-Command"]\n')).toEqual([{ kind: 'shell', command: ['pwsh', '-Command'] }]);
    expect(codesOf('FROM a\nSHELL /bin/bash -c\n')).toEqual(['DSL5016']);
  });

  it('reads HEALTHCHECK CMD in both forms and NONE in any case', () => {
    expect(stepsOf('FROM a\nHEALTHCHECK cmd curl -fsS http://localhost/ || exit 1\nhealthcheck none\n')).toEqual([
      { kind: 'healthcheck', test: { shell: 'curl -fsS http://localhost/ || exit 1' } },
      { kind: 'healthcheck', none: true },
    ]);
  });

  it('reports HEALTHCHECK without a type, NONE with arguments and CMD without a command', () => {
    expect(codesOf('FROM a\nHEALTHCHECK curl x\n')).toEqual(['DSL5020']);
    expect(codesOf('FROM a\nHEALTHCHECK NONE x\n')).toEqual(['DSL5020']);
    expect(codesOf('FROM a\nHEALTHCHECK CMD\n')).toEqual(['DSL5020']);
  });

  it('reports empty commands and an empty exec form', () => {
    expect(codesOf('FROM a\nRUN\nCMD\n')).toEqual(['DSL5004', 'DSL5004']);
    expect(codesOf('FROM a\nHEALTHCHECK CMD []\n')).toEqual(['DSL5022']);
    expect(codesOf('FROM a\nCMD []\n')).toEqual([]);
    expect(stepsOf('FROM a\nCMD []\n')).toEqual([{ kind: 'cmd', command: [] }]);
    expect(codesOf('FROM a\nENTRYPOINT []\n')).toEqual([]);
    expect(stepsOf('FROM a\nENTRYPOINT []\n')).toEqual([{ kind: 'entrypoint', command: [] }]);
  });
});

describe('typeAndRest', () => {
  test('captures what /^(\\S+)\\s*([\\s\\S]*)$/ captures, Unicode white space included', () => {
    const pieces = ['CMD', 'none', 'x', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u180e', '\u200b', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        const match = /^(\S+)\s*([\s\S]*)$/.exec(text);
        expect(typeAndRest(text)).toEqual(match ? [match[1], match[2]] : undefined);
      }),
      { numRuns: 10000 },
    );
  });
});
