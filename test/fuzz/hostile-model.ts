// Generates images whose every string field and flag holds hostile text: the classes issue 13
// lists (line breaks of every kind, quotes, escapes, `$` forms, heredoc arrows, `# syntax=`, NUL,
// lone surrogates, leading `--`, Unicode white space, very long text) mixed with plain text, so
// that some models are rejected and many reach the printer.
import fc from 'fast-check';
import { add, bind, cache, cmd, copy, entrypoint, env, expose, healthcheck, label, maintainer, run, secret, shell, ssh, stopsignal, tmpfs, user, volume, workdir, type Image, type Instruction, type Mount } from '@dockerdsl/core';

// Text every field can hold once quoted right.
const printableAtoms = [
  ' ', '"', "'", '\\', '`', '$', '{', '}', '$HOME', '${HOME}', '${HOME:-x y}', '$5', '$$', '$!', '${', '$Aé', '$_x',
  '=', '#', ',', '-', '[', ']', '<<EOF', '<<', '<<-"X"', 'EOF', '# syntax=docker/dockerfile:1', '# escape=`',
  'ü', 'à', '😀', ';', '&&', '|', ':', '/', '*', '?', '!', '@', '.', 'AS', 'RUN id', '--mount=type=bind',
];
// Text some fields cannot express: line breaks of every kind, other white space, NUL, lone surrogates, a leading --.
const breakingAtoms = ['\t', '--', '\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\f', '\v', '\u00a0', '\u3000', '\0', '\uFEFF', '\uD800', '\uDC00x', '\\\n'];
const plainAtoms = ['a', 'b', 'Z', '0', '7', '_', 'app', '/x', 'x.y', 'name'];

/** One atom: plain ones are likeliest, so many models are accepted and reach the printer. */
export const atom = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...plainAtoms) },
  { weight: 3, arbitrary: fc.constantFrom(...printableAtoms) },
  { weight: 1, arbitrary: fc.constantFrom(...breakingAtoms) },
);

/** The arbitraries of one model, drawing text from `atom`. */
function arbitraries(atom: fc.Arbitrary<string>) {
  /** Text from atoms, now and then a very long run (over BuildKit's 64 KiB line). */
  const hostileText = fc.oneof(
    { weight: 100, arbitrary: fc.array(atom, { maxLength: 5 }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.constantFrom('y'.repeat(70_000), 'é'.repeat(33_000)) },
  );
  const nonEmpty = hostileText.filter((s) => s !== '');
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
  const varName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('A', 'PATH_2', 'x', '_') }, { weight: 1, arbitrary: nonEmpty });
  const id = fc.oneof(fc.nat({ max: 70000 }), fc.constant(-1));
  const execForm = fc.array(hostileText, { minLength: 1, maxLength: 3 }) as fc.Arbitrary<[string, ...string[]]>;
  const commandForm = fc.oneof(execForm, nonEmpty.map((s) => ({ shell: s })));
  const stageRefText = fc.oneof(fc.constantFrom('base', 'Base', 'base.v2'), nonEmpty);

  const mount: fc.Arbitrary<Mount> = fc.oneof(
    fc.record({ target: nonEmpty, id: maybe(nonEmpty), sharing: maybe(fc.constantFrom('shared', 'private', 'locked') as fc.Arbitrary<'shared'>), mode: maybe(fc.constantFrom('0755', '700', 'u+x')), uid: maybe(id), gid: maybe(id), from: maybe(stageRefText), source: maybe(nonEmpty) }).map(({ target, ...o }) => cache(target, strip(o))),
    fc.record({ target: nonEmpty, from: maybe(fc.oneof(stageRefText, stageRefText.map((stage) => ({ stage })), nonEmpty.map((image) => ({ image })), nonEmpty.map((context) => ({ context })))), source: maybe(nonEmpty), readwrite: maybe(fc.boolean()) }).map(({ target, ...o }) => bind(target, strip(o) as never)),
    fc.record({ target: nonEmpty, size: maybe(fc.constantFrom('64m', '1g', '10', 'x')) }).map(({ target, ...o }) => tmpfs(target, strip(o))),
    fc.record({ id: nonEmpty, target: maybe(nonEmpty), required: maybe(fc.boolean()), mode: maybe(fc.constantFrom('0400', '600')), uid: maybe(id), gid: maybe(id), env: fc.option(fc.constantFrom('TOKEN', 'a b'), { nil: undefined, freq: 8 }) }).map(({ id: name, ...o }) => secret(name, strip(o))),
    fc.record({ id: maybe(nonEmpty), target: maybe(nonEmpty), required: maybe(fc.boolean()) }).map((o) => ssh(strip(o))),
  );

  function strip<T extends object>(o: T): T {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  }

  const fileOptions = fc.record({ chown: maybe(fc.oneof(nonEmpty, fc.nat({ max: 9 }))), chmod: maybe(fc.constantFrom('0755', '644', 'u+x', '7$5')), link: maybe(fc.boolean()), exclude: maybe(fc.array(nonEmpty, { maxLength: 2 })) });

  /** One instruction of any kind, built with the public builders. */
  const step: fc.Arbitrary<Instruction> = fc.oneof(
    fc.dictionary(varName, hostileText, { minKeys: 1, maxKeys: 3 }).map((vars) => env(vars)),
    fc.dictionary(nonEmpty, hostileText, { minKeys: 1, maxKeys: 3 }).map((labels) => label(labels)),
    fc.tuple(fc.oneof(nonEmpty, fc.nat({ max: 99 })), maybe(fc.oneof(nonEmpty, fc.nat({ max: 99 })))).map(([u, g]) => user(u, g)),
    nonEmpty.map((p) => workdir(p)),
    fc.array(nonEmpty, { minLength: 1, maxLength: 3 }).map((paths) => volume(paths)),
    fc.array(fc.oneof(fc.nat({ max: 70000 }), nonEmpty, fc.constantFrom('80/tcp', '$PORT', '${PORT}/udp', '${P:-80}', '$P}', '$Pé')), { minLength: 1, maxLength: 3 }).map((ports) => expose(ports as never)),
    commandForm.map((c) => cmd(c as never)),
    commandForm.map((c) => entrypoint(c as never)),
    fc.record({ command: fc.oneof(nonEmpty, execForm), mounts: maybe(fc.array(mount, { maxLength: 2 })), network: maybe(fc.constantFrom('none', 'host') as fc.Arbitrary<'none'>), security: maybe(fc.constant('insecure' as const)), device: maybe(fc.array(nonEmpty, { maxLength: 1 })) }).map(({ command, ...o }) => run(command as never, strip(o))),
    fc.record({ sources: fc.array(nonEmpty, { minLength: 1, maxLength: 2 }), dest: nonEmpty, from: maybe(stageRefText), parents: maybe(fc.boolean()), o: fileOptions }).map(({ sources, dest, from, parents, o }) => copy(sources, dest, strip({ ...o, from, parents }) as never)),
    fc.record({ sources: fc.array(nonEmpty, { minLength: 1, maxLength: 2 }), dest: nonEmpty, checksum: maybe(nonEmpty), keepGitDir: maybe(fc.boolean()), unpack: maybe(fc.boolean()), o: fileOptions }).map(({ sources, dest, checksum, keepGitDir, unpack, o }) => add(sources, dest, strip({ ...o, checksum, keepGitDir, unpack }) as never)),
    commandForm.map((c) => healthcheck(c as never, { interval: '30s', retries: 3 })),
    fc.oneof(fc.constantFrom('SIGTERM', '9', '$SIG', 'SIGRTMIN+3'), nonEmpty).map((s) => stopsignal(s as never)),
    nonEmpty.map((name) => maintainer(name)),
    execForm.map((c) => shell(c)),
  );

  return { hostileText, nonEmpty, step, maybe };
}

function imageOf(atom: fc.Arbitrary<string>): fc.Arbitrary<Image> {
  const { hostileText, nonEmpty, step, maybe } = arbitraries(atom);
  return fc
    .record({
      escape: fc.constantFrom('\\', '`') as fc.Arbitrary<'\\' | '`'>,
      comment: maybe(hostileText),
      argDefault: maybe(hostileText),
      from: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('local/busybox:latest', 'golang:${GO}', 'reg.io:5000/a/b@sha256:00') }, { weight: 1, arbitrary: nonEmpty }),
      name: fc.oneof({ weight: 3, arbitrary: fc.constant('base') }, { weight: 1, arbitrary: nonEmpty }),
      platform: maybe(fc.oneof(fc.constantFrom('linux/amd64', '$BUILDPLATFORM'), nonEmpty)),
      first: fc.array(step, { minLength: 1, maxLength: 3 }),
      second: fc.array(step, { maxLength: 2 }),
    })
    .map((m) => ({
      name: 'fuzz',
      directives: { escape: m.escape },
      ...(m.comment !== undefined ? { comment: m.comment } : {}),
      args: [{ kind: 'arg' as const, name: 'GO', ...(m.argDefault !== undefined ? { default: m.argDefault } : {}) }],
      stages: [
        { name: m.name, from: m.from, ...(m.platform !== undefined ? { platform: m.platform } : {}), steps: m.first },
        { from: { stage: m.name }, steps: m.second },
      ],
    }));
}

/** Text only some fields reject (none of the breaking atoms), so more models reach the printer. */
const printableAtom = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...plainAtoms) }, { weight: 3, arbitrary: fc.constantFrom(...printableAtoms) });

/** The generated model: two stages, the second built on the first; half of them without breaking atoms. */
export const hostileImage: fc.Arbitrary<Image> = fc.oneof(imageOf(atom), imageOf(printableAtom));
