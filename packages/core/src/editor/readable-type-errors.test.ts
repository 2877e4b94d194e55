import { beforeAll, describe, expect, it } from 'vitest';
import { snippetService, type SnippetService } from './language-service.test-util.js';
import ts from 'typescript';

// Each case is one line of a user's file; the test reads the compiler's message for that line,
// as an editor shows it.
const cases: Array<[code: string, message: string]> = [
  ["stage('x', { from: 'scratch' }).copyFrom('build', '/a', '/b');", "stage 'build' is not declared here: a standalone stage knows no stage names, so pass the stage handle itself"],
  ["img.stage('x', 'scratch', (s) => s.copyFrom('biuld', '/a', '/b'));", "stage 'biuld' is not declared; declared: build, runtime"],
  ["img.stage('x', 'scratch', (s) => s.copyFrom({ stage: 'biuld' }, '/a', '/b'));", "stage 'biuld' is not declared; declared: build, runtime"],
  ["img.stage('x', 'scratch', (s) => s.copy('/a', '/b', { from: 'biuld' }));", "stage 'biuld' is not declared; declared: build, runtime"],
  ["img.stage('x', { stage: 'biuld' });", "stage 'biuld' is not declared; declared: build, runtime"],
  ["img.stage('build', 'scratch');", "stage 'build' is already declared; declared: build, runtime"],
  ["img.target('prod');", "stage 'prod' is not declared; declared: build, runtime"],
  // Mounts nested in run({ mounts }) and script({ mounts }): helpers, object literals, after a spread.
  ["img.stage('x', 'scratch', (s) => s.run('make', { mounts: [bind('/src', { from: 'biuld' })] }));", "stage 'biuld' is not declared; declared: build, runtime"],
  ["img.stage('x', 'scratch', (s) => s.run('make', { mounts: [cache('/c'), cache('/d', { from: { stage: 'biuld' } })] }));", "stage 'biuld' is not declared; declared: build, runtime"],
  ["img.stage('x', 'scratch', (s) => s.run(['make'], { mounts: [{ type: 'bind', target: '/src', from: 'biuld' }] }));", "stage 'biuld' is not declared; declared: build, runtime"],
  ["img.stage('x', 'scratch', (s) => s.script('make', { mounts: [{ type: 'cache', target: '/c', from: { stage: 'biuld' } }] }));", "stage 'biuld' is not declared; declared: build, runtime"],
  ["img.stage('x', 'scratch', (s) => s.run('make', { mounts: [...common, bind('/src', { from: 'biuld' })] }));", "stage 'biuld' is not declared; declared: build, runtime"],
  ["stage('x', { from: 'scratch' }).run('make', { mounts: [bind('/src', { from: 'build' })] });", "stage 'build' is not declared here: a standalone stage knows no stage names, so pass the stage handle itself"],
  ["img.stage('x', 'scratch', (s) => s.run('make', { mounts: [{ type: 'cache', target: '/c', env: 'TOKEN' }] }));", "a cache mount has no option 'env'; its options: "],
  ["img.stage('x', 'scratch', (s) => s.run('make', { mounts: [{ type: 'tmpfs', target: '/t', from: 'build' }] }));", "a tmpfs mount has no option 'from'; its options: target, size"],
  ["stage('x', { from: 'scratch' }).expose(70000);", "port '70000' is out of range: a port is a number from 0 to 65535"],
  ["stage('x', { from: 'scratch' }).expose([80, '8000-99999/tcp']);", "port '8000-99999/tcp' is out of range"],
];

const valid = [
  "img.stage('x', 'scratch', (s) => s.copyFrom('build', '/a', '/b').copyFrom({ stage: 'runtime' }, '/c', '/d').copy('/e', '/f', { from: 'build' }));",
  "img.stage('x', { stage: 'build' }).stage('y', 'scratch', (s) => s.copyFrom(handle, '/a', '/b').copyFrom({ image: 'busybox:1.36' }, '/bin/sh', '/sh'));",
  "img.target('runtime');",
  "img.stage('x', 'scratch', (s) => s.run('make', { mounts: [bind('/src', { from: 'build' }), cache('/c', { from: { stage: 'runtime' } }), bind('/h', { from: handle }), secret(token), tmpfs('/t')] }));",
  "img.stage('x', 'scratch', (s) => s.run('make', { mounts: [...common, { type: 'bind', target: '/src', from: 'build' }, bind('/i', { from: { image: 'busybox:1.36' } })], network: 'none' }));",
  "img.stage('x', 'scratch', (s) => s.run('make', { mounts: common }).script('make', { mounts: [cache('/c', { from: 'build' })], program: 'bash' }));",
  "stage('x', { from: 'scratch' }).expose([80, '53/udp', '8000-8010/tcp', '$PORT']);",
];

const head = [
  "import { bind, buildSecret, cache, image, secret, stage, tmpfs } from '../index.js';",
  "const token = buildSecret('npm_token', { env: 'NPM_TOKEN' });",
  "const common = [cache('/root/.cache'), secret(token)];",
  "const handle = stage('tools', { from: 'busybox:1.36' });",
  "const img = image('api').stage('build', 'golang:1.22').stage('runtime', 'scratch');",
];

let s: SnippetService;
beforeAll(() => {
  s = snippetService();
}, 120_000);

function messagesByLine(lines: string[]): Map<number, string> {
  s.write(lines.join('\n'));
  const program = s.service.getProgram()!;
  const file = program.getSourceFile(s.file)!;
  const byLine = new Map<number, string>();
  for (const d of s.service.getSemanticDiagnostics(s.file)) {
    const line = file.getLineAndCharacterOfPosition(d.start ?? 0).line;
    byLine.set(line, `${byLine.get(line) ?? ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}\n`);
  }
  return byLine;
}

describe('type errors an editor shows name the fix', () => {
  it('for misspelt or undeclared stages (in copies, FROM, targets and mounts), duplicate stages, mount options and ports out of range', () => {
    const byLine = messagesByLine([...head, ...cases.map(([code]) => code)]);
    cases.forEach(([code, message], i) => {
      const text = byLine.get(head.length + i);
      expect(text, code).toContain(message);
      expect(text, code).not.toMatch(/type 'never'/);
    });
  }, 120_000);

  it('and correct references stay free of errors', () => {
    const byLine = messagesByLine([...head, ...valid]);
    expect([...byLine.values()]).toEqual([]);
  }, 120_000);
});
