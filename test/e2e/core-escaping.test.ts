import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { image, stage, toDockerfile } from '@dockerdsl/core';
import { describeWithEngine } from '../support/engine.js';
import { build, docker, removeImages } from './core-docker.js';
import { runName } from '../support/run-prefix.js';

// Model values and what the container must see. `\$` is a literal dollar in the model; a `$`
// that starts no variable reference is literal too.
const values = {
  QUOTES: ['say "hi" and \'bye\'', 'say "hi" and \'bye\''],
  DOLLARS: ['cost $5, $$ and \\$HOME', 'cost $5, $$ and $HOME'],
  BACKSLASHES: ['C:\\dir\\sub\\', 'C:\\dir\\sub\\'],
  SPACES: ['  spaced  out  ', '  spaced  out  '],
  TICKS: ['`date` and ${', '`date` and ${'],
  UNICODE: ['ünï 😀', 'ünï 😀'],
  EMPTY: ['', ''],
} as const;
// File names Docker's word lexer would mangle if JSON-form paths were not escaped for it.
const oddNames = ['my file.txt', "it's.txt", 'say "hi".txt', 'cost $5.txt', 'tick`.txt'];
const files = Object.fromEntries(oddNames.map((n) => [n, `${n}\n`]));
const modelled = Object.fromEntries(Object.entries(values).map(([k, [v]]) => [k, v]));
const expected = Object.fromEntries(Object.entries(values).map(([k, [, v]]) => [k, v]));

function escapingImage(escape: '\\' | '`') {
  const main = stage({ from: 'local/busybox:latest' })
    .arg('GREETING', 'hello "you" $5')
    .env(modelled)
    .env({ REFERENCE: '[$SPACES]' })
    .label({ ...modelled, 'my key': 'x', 'a$b': 'literal key' })
    .workdir('/my dir')
    .run('echo "$GREETING" > /arg.txt')
    .run('pwd > /pwd.txt')
    .run('echo line one > /multi.txt\necho "line two" >> /multi.txt')
    .run('[ -d /tmp ] && echo bracket > /bracket.txt')
    // Sources are patterns to BuildKit, which cannot match a backslash in a file name; destinations can hold one.
    .copy(oddNames, '/odd/')
    .copy('cost $5.txt', '/odd/back\\slash $5.txt')
    .cmd(['cat', '/arg.txt', '/pwd.txt', '/multi.txt', '/bracket.txt']);
  return image(`escaping-${escape === '`' ? 'backtick' : 'backslash'}`, { stages: [main], directives: { escape } });
}

describeWithEngine('escaping on the real engine', () => {
  const tags = { '\\': runName('core-escape-backslash'), '`': runName('core-escape-backtick') } as const;
  beforeAll(() => {
    for (const escape of ['\\', '`'] as const) build(tags[escape], toDockerfile(escapingImage(escape)), files);
  }, 300_000);
  afterAll(() => removeImages(Object.values(tags)));

  describe.each(['\\', '`'] as const)('with escape %s', (escape) => {
    const tag = tags[escape];

    it('sets ENV values exactly as modelled', () => {
      const env = JSON.parse(docker(['image', 'inspect', '-f', '{{json .Config.Env}}', tag])) as string[];
      const map = Object.fromEntries(env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
      expect(map).toMatchObject({ ...expected, REFERENCE: '[  spaced  out  ]' });
    });

    it('passes the same values to the container environment', () => {
      const out = docker(['run', '--rm', tag, 'env']);
      for (const [k, v] of Object.entries(expected)) expect(out.split('\n')).toContain(`${k}=${v}`);
    });

    it('sets LABEL keys and values exactly as modelled', () => {
      const labels = JSON.parse(docker(['image', 'inspect', '-f', '{{json .Config.Labels}}', tag])) as Record<string, string>;
      expect(labels).toEqual({ ...expected, 'my key': 'x', 'a$b': 'literal key' });
    });

    it('copies files whose names hold spaces, quotes, escapes and dollars', () => {
      const listed = docker(['run', '--rm', tag, 'ls', '-1', '/odd']).split('\n').filter(Boolean).sort();
      expect(listed).toEqual([...oddNames, 'back\\slash $5.txt'].sort());
      expect(docker(['run', '--rm', tag, 'cat', '/odd/back\\slash $5.txt'])).toBe('cost $5.txt\n');
    });

    it('runs ARG, WORKDIR and multi-line RUN commands as written', () => {
      expect(docker(['run', '--rm', tag])).toBe('hello "you" $5\n/my dir\nline one\nline two\nbracket\n');
    });
  });
});
