import { DockerfileParser } from 'dockerfile-ast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Image } from '../image/image.js';
import { needsHeredoc } from '../instructions/run.js';
import { pickDelimiter } from '../instructions/heredoc.js';
import { validateImage } from '../validate/validate.js';
import { compileImage } from './compile-image.js';
import { canonicalWord as canonical, printedWord } from '../print/quote.js';

// What the printer writes for a model word: its canonical form, `$NAME` braced before a non-ASCII letter.
const canonicalWord = (value: string): string => printedWord(canonical(value));

// Characters that break naive escaping: blanks, quotes, dollars, braces, both escape tokens,
// comment and JSON markers, heredoc arrows, shell operators and non-ASCII text.
const unit = fc.constantFrom('a', 'Z', '0', '_', ' ', '\t', '"', "'", '$', '{', '}', '\\', '`', '=', '#', '[', ']', '-', '<', '/', ':', ';', '&', '|', 'ü', '😀', 'E', 'O', 'F');
const oneLine = fc.string({ unit, maxLength: 16 });
const multiLine = fc.string({ unit: fc.oneof({ weight: 6, arbitrary: unit }, { weight: 1, arbitrary: fc.constant('\n') }), maxLength: 24 });
const nonEmpty = oneLine.filter((s) => s !== '');
const varName = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,5}$/);
const escape = fc.constantFrom<'\\' | '`'>('\\', '`');
const runCommand = fc.oneof(multiLine, fc.constantFrom('echo a \\', 'echo a `', '[ -f x ] && y', '-x', '["a", "b"]', 'cat <<EOF', 'x\nEOF\ny', '#!/bin/sh\nset -e'));

const modelArb = fc.record({
  escape,
  env: fc.dictionary(varName, oneLine, { minKeys: 1, maxKeys: 4 }),
  labels: fc.dictionary(nonEmpty.filter((k) => !k.includes('=')), oneLine, { minKeys: 1, maxKeys: 3 }),
  argDefault: oneLine,
  run: runCommand.filter((s) => s.trim() !== ''),
  runExec: fc.array(multiLine, { minLength: 1, maxLength: 4 }),
  cmd: fc.array(multiLine, { minLength: 1, maxLength: 4 }),
  sources: fc.array(nonEmpty, { minLength: 1, maxLength: 3 }),
  destination: nonEmpty,
  comment: multiLine,
});

type Model = typeof modelArb extends fc.Arbitrary<infer T> ? T : never;

function toImage(m: Model): Image {
  return {
    name: 'prop',
    directives: { escape: m.escape },
    comment: m.comment,
    args: [{ kind: 'arg', name: 'A0', default: m.argDefault }],
    stages: [
      {
        from: 'busybox',
        comment: m.comment,
        steps: [
          { kind: 'env', vars: m.env, comment: m.comment },
          { kind: 'label', labels: m.labels },
          { kind: 'run', command: m.run },
          { kind: 'run', command: m.runExec as [string, ...string[]] },
          { kind: 'copy', sources: m.sources as [string, ...string[]], destination: m.destination },
          { kind: 'cmd', command: m.cmd as [string, ...string[]] },
          { kind: 'entrypoint', command: m.cmd as [string, ...string[]] },
          { kind: 'comment', text: m.comment },
        ],
      },
    ],
  };
}

/** dockerfile-ast keeps an escaped dollar as written (`\$` or `` `$ ``); compare in `\$` spelling. */
const dollars = (text: string | null, esc: string) => (esc === '`' ? (text ?? '').replaceAll('`$', '\\$') : (text ?? ''));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How Docker's word lexer reads a word with no quotes: the escape token makes the next character literal. */
function lexWord(word: string, esc: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === '"' || ch === "'") throw new Error(`an unescaped quote would start a quoted string: ${word}`);
    out += ch === esc ? (word[++i] ?? '') : ch;
  }
  return out;
}

/** What a model path means: variable references as written, every other `$` literal. */
const modelReading = (path: string) => canonicalWord(path).replace(/\\\$/g, '$');

/** The body of the heredoc that starts after `line`, read the way BuildKit reads it: raw lines up to the delimiter. */
function rawHeredocBody(text: string, line: number, delimiter: string): string {
  const lines = text.split('\n');
  const end = lines.findIndex((l, i) => i > line && l === delimiter);
  return lines.slice(line + 1, end).join('\n');
}

describe('escaping never breaks (property)', () => {
  it('compiled files parse back to exactly the modelled instructions and values', () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        // A literal backtick right before a variable reference reads the same as an escaped dollar to dockerfile-ast.
        const values = [...Object.values(m.env), ...Object.values(m.labels), m.argDefault];
        fc.pre(m.escape === '\\' || values.every((v) => !/`\$[A-Za-z_{]/.test(v)));
        // dockerfile-ast also drops a backtick escape before it looks for heredoc markers, so
        // `<`<a` opens a heredoc for it; BuildKit looks for markers with the escapes left raw,
        // and this project's parser reads that RUN as one line, as Docker does.
        fc.pre(m.escape === '\\' || m.run.includes('<<') || !m.run.replaceAll('`', '').includes('<<'));
        const result = compileImage(toImage(m));
        if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
        const text = result.dockerfile;
        const file = DockerfileParser.parse(text);
        const instructions = file.getInstructions();
        expect(instructions.map((i) => i.getKeyword())).toEqual(['ARG', 'FROM', 'ENV', 'LABEL', 'RUN', 'RUN', 'COPY', 'CMD', 'ENTRYPOINT']);
        const [arg, , env, label, run, runExec, copy, cmd, entrypoint] = instructions as unknown as Array<
          ReturnType<typeof file.getInstructions>[number] & { getProperties(): Array<{ getName(): string; getValue(): string | null }>; getHeredocs(): Array<{ getName(): string }> }
        >;

        expect(arg!.getProperties().map((p) => [p.getName(), dollars(p.getValue(), m.escape)])).toEqual([['A0', canonicalWord(m.argDefault)]]);
        expect(env!.getProperties().map((p) => [p.getName(), dollars(p.getValue(), m.escape)])).toEqual(Object.entries(m.env).map(([k, v]) => [k, canonicalWord(v)]));
        expect(label!.getProperties().map((p) => [dollars(p.getName(), m.escape), dollars(p.getValue(), m.escape)])).toEqual(
          Object.entries(m.labels).map(([k, v]) => [k.replaceAll('$', '\\$'), canonicalWord(v)]),
        );

        if (needsHeredoc(m.run, m.escape)) {
          const delimiter = pickDelimiter(m.run);
          expect(run!.getHeredocs().map((h) => h.getName())).toEqual([delimiter]);
          expect(rawHeredocBody(text, run!.getRange().start.line, delimiter)).toBe(m.run);
        } else {
          // dockerfile-ast un-escapes `\x` in what it reports; BuildKit hands shell-form text to the shell as written.
          const { start, end } = run!.getRange();
          const raw = text.split('\n').slice(start.line, end.line + 1).join('\n').slice('RUN '.length);
          const joined = raw.replaceAll(new RegExp(`\\${m.escape}[ \t]*\n`, 'g'), '');
          expect(squash(joined)).toBe(squash(m.run));
        }
        expect(JSON.parse(runExec!.getArgumentsContent()!)).toEqual(m.runExec);
        expect(JSON.parse(cmd!.getArgumentsContent()!)).toEqual(m.cmd);
        expect(JSON.parse(entrypoint!.getArgumentsContent()!)).toEqual(m.cmd);

        // JSON elements still go through Docker's word lexer; bare paths are plain words.
        const copyArgs = copy!.getArgumentsContent()!;
        const paths: string[] = copyArgs.startsWith('[') ? (JSON.parse(copyArgs) as string[]).map((p) => lexWord(p, m.escape)) : copyArgs.split(' ');
        expect(paths).toEqual([...m.sources, m.destination].map(modelReading));

        // Every comment line is a comment, in place: three attached comments and one standalone.
        const lines = m.comment.split('\n').map((l) => l.trim());
        const expected = [...(m.comment ? [...lines, ...lines, ...lines] : []), ...lines];
        const inside = (line: number) => instructions.some((i) => i.getRange().start.line < line && line <= i.getRange().end.line);
        const comments = file.getComments().filter((c) => !inside(c.getRange().start.line));
        expect(comments.map((c) => (c.getContent() ?? '').trim())).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('the same model always compiles to the same bytes', () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        const a = compileImage(toImage(m));
        const b = compileImage(structuredClone(toImage(m)));
        expect(a.ok && b.ok && a.dockerfile === b.dockerfile).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('line breaks a Dockerfile cannot express are rejected with DSL1010', () => {
    const withBreak = fc.tuple(oneLine, fc.constantFrom('\n', '\r', '\r\n'), oneLine).map(([a, nl, b]) => a + nl + b);
    const where = fc.constantFrom('env', 'label', 'arg', 'path', 'shell-cmd', 'workdir', 'maintainer');
    fc.assert(
      fc.property(withBreak, where, (value, place) => {
        const step = {
          env: { kind: 'env', vars: { A: value } },
          label: { kind: 'label', labels: { a: value } },
          arg: { kind: 'arg', name: 'A', default: value },
          path: { kind: 'copy', sources: [value], destination: '/x' },
          'shell-cmd': { kind: 'cmd', command: { shell: `run ${value}` } },
          workdir: { kind: 'workdir', path: `/w${value}` },
          maintainer: { kind: 'maintainer', name: `m${value}` },
        }[place];
        const result = validateImage({ name: 'nl', stages: [{ from: 'busybox', steps: [step] }] });
        expect(result.ok).toBe(false);
        expect(result.diagnostics.map((d) => d.code)).toContain('DSL1010');
        expect(result.diagnostics[0]!.path.slice(0, 6)).toEqual(['images', 'nl', 'stages', 0, 'steps', 0]);
      }),
      { numRuns: 200 },
    );
  });

  it('a carriage return in a RUN command or heredoc body is rejected with DSL1010', () => {
    fc.assert(
      fc.property(oneLine, oneLine, (a, b) => {
        const cmd = validateImage({ name: 'cr', stages: [{ from: 'busybox', steps: [{ kind: 'run', command: `x${a}\r${b}` }] }] });
        expect(cmd.diagnostics.map((d) => d.code)).toEqual(['DSL1010']);
        const doc = validateImage({ name: 'cr', stages: [{ from: 'busybox', steps: [{ kind: 'copy', sources: [{ heredoc: { body: `${a}\r\n${b}` } }], destination: '/f' }] }] });
        expect(doc.diagnostics.map((d) => d.code)).toEqual(['DSL1010']);
      }),
      { numRuns: 100 },
    );
  });
});
