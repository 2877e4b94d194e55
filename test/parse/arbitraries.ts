import fc from 'fast-check';
import type { Image, Instruction, Stage } from '@dockerdsl/core';
import { canonicalWord } from '@dockerdsl/core/tooling';

const lower = 'abcdefghijklmnopqrstuvwxyz';
const chars = (alphabet: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...alphabet.split('')), minLength: min, maxLength: max });

const word = chars(lower + '0123456789._/', 1, 12).filter((w) => !w.startsWith('-'));
const name = fc.tuple(chars(lower, 1, 1), chars(lower + '0123456789-', 0, 8)).map(([a, b]) => a + b);
const varName = fc.tuple(chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ_', 1, 1), chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789', 0, 8)).map(([a, b]) => a + b);
/** Values with the characters quoting has to get right: spaces, both quotes, escapes, dollars. */
const value = chars(lower + ' "\'\\$={}:-_/.', 0, 16).map(canonicalWord);
const commentText = chars(lower + ' #=-', 1, 20).map((t) => t.trim()).filter((t) => t !== '');
const shellCommand = fc.array(fc.tuple(word, fc.array(word, { maxLength: 4 })).map(([cmd, args]) => [cmd, ...args].join(' ')), { minLength: 1, maxLength: 8 }).chain((parts) =>
  fc.array(fc.constantFrom(' && ', ' || ', '; '), { minLength: parts.length - 1, maxLength: parts.length - 1 }).map((seps) => parts.map((p, i) => (i === 0 ? p : seps[i - 1] + p)).join('')),
);
const anyString = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\r\n]/.test(s));
const execForm = fc.array(anyString, { minLength: 1, maxLength: 4 }) as unknown as fc.Arbitrary<[string, ...string[]]>;
const withComment = <T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.tuple(arb, fc.option(commentText, { nil: undefined })).map(([i, c]) => (c === undefined ? i : { ...i, comment: c }));

function instruction(stages: string[]): fc.Arbitrary<Instruction> {
  const from = stages.length > 0 ? fc.option(fc.constantFrom(...stages), { nil: undefined }) : fc.constant(undefined);
  return withComment(
    fc.oneof(
      fc.record({ kind: fc.constant('run' as const), command: fc.oneof(shellCommand, execForm) }),
      fc.record({ kind: fc.constant('env' as const), vars: fc.dictionary(varName, value, { minKeys: 1, maxKeys: 3 }) }),
      fc.record({ kind: fc.constant('label' as const), labels: fc.dictionary(chars(lower + '.-', 1, 12), value, { minKeys: 1, maxKeys: 3 }) }),
      fc.record({ kind: fc.constant('arg' as const), name: varName, default: fc.option(value, { nil: undefined }) }, { requiredKeys: ['kind', 'name'] }),
      fc.record({ kind: fc.constant('workdir' as const), path: word.map((w) => `/${w}`) }),
      fc.record({ kind: fc.constant('user' as const), user: fc.oneof(name, fc.nat(65535)) }),
      fc.record({ kind: fc.constant('expose' as const), ports: fc.array(fc.integer({ min: 1, max: 65535 }), { minLength: 1, maxLength: 3 }) as fc.Arbitrary<[number, ...number[]]> }),
      fc.record({ kind: fc.constant('cmd' as const), command: fc.oneof(execForm, shellCommand.map((shell) => ({ shell }))) }),
      fc.record({ kind: fc.constant('entrypoint' as const), command: execForm }),
      fc.record({ kind: fc.constant('volume' as const), paths: fc.array(word.map((w) => `/${w}`), { minLength: 1, maxLength: 2 }) as fc.Arbitrary<[string, ...string[]]> }),
      fc.record({ kind: fc.constant('healthcheck' as const), test: execForm, interval: fc.constantFrom('5s', '1m30s'), retries: fc.nat(9) }, { requiredKeys: ['kind', 'test'] }),
      fc
        .record({ kind: fc.constant('copy' as const), sources: fc.array(word, { minLength: 1, maxLength: 3 }) as fc.Arbitrary<[string, ...string[]]>, destination: word.map((w) => `/${w}/`), from, chown: fc.option(name, { nil: undefined }), link: fc.option(fc.boolean(), { nil: undefined }) })
        .map((c) => JSON.parse(JSON.stringify(c))),
    ),
  ) as fc.Arbitrary<Instruction>;
}

/**
 * Random valid images in the parser's canonical form: what `parseDockerfile` would produce for
 * the text `printDockerfile` writes (numbers for numeric ids and ports, canonical dollars).
 */
export const imageArbitrary: fc.Arbitrary<Image> = fc.integer({ min: 1, max: 4 }).chain((count) => {
  const names = Array.from({ length: count }, (_, i) => `stage${i}`);
  const stages = names.map((stageName, i) =>
    fc.record({ base: word.filter((w) => /^[a-z]/.test(w) && !/^stage\d/.test(w)), steps: fc.array(instruction(names.slice(0, i)), { maxLength: 6 }), comment: fc.option(commentText, { nil: undefined }) }).map(({ base, steps, comment }) => {
      const stage: Stage = { from: base, name: stageName, steps };
      if (comment !== undefined) stage.comment = comment;
      return stage;
    }),
  );
  return fc.tuple(fc.array(fc.record({ kind: fc.constant('arg' as const), name: varName }), { maxLength: 2 }), ...stages).map(([args, ...list]) => {
    const image: Image = { name: 'image', stages: list };
    if (args.length > 0) image.args = args;
    return image;
  });
});

/** Text that looks like a Dockerfile, broken in every way a fuzzer can think of. */
export const dockerfileishText = fc
  .array(
    fc.oneof(
      fc.constantFrom('FROM ', 'RUN ', 'COPY ', 'ADD ', 'ONBUILD ', 'HEALTHCHECK ', 'ENV ', 'LABEL ', 'ARG ', 'CMD ', 'SHELL ', 'EXPOSE ', 'USER ', 'from ', 'MAINTAINER '),
      fc.constantFrom('--mount=', '--from=', '--chmod=', 'type=cache,', '--link', '--', '=', ',', 'AS ', 'CMD ', 'NONE'),
      fc.constantFrom('\\\n', '`\n', '\n', '\n\n', '\r\n', '# escape=`\n', '# syntax=x\n', '#', ' ', '\t'),
      fc.constantFrom('<<EOF', '<<-EOF', '<<"EOF"', "<<'E'", 'EOF\n', '\tEOF\n', '<<', '2<<X'),
      fc.constantFrom('"', "'", '[', ']', '["a", "b"]', '$', '${', '}', '${A:-b}', '${A!b}', '\\', '`'),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
