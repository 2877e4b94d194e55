import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkDockerfile } from '@dockerdsl/core/tooling';
import { describeWithEngine } from '../support/engine.js';
import { runName } from '../support/run-prefix.js';

// Error-severity findings must agree with the real BuildKit: a file it builds gets none, and
// each error rule's case is one it refuses. Only the local busybox image is used (no registry).
const base = 'local/busybox:latest';
const cases: Array<{ name: string; text: string; builds: boolean; error?: string }> = [
  { name: 'multi-stage', builds: true, text: `FROM ${base} AS build\nRUN echo hi > /x\n\nFROM ${base}\nCOPY --from=build /x /x\nUSER 1000\nCMD ["cat", "/x"]\n` },
  { name: 'healthcheck-shell-form', builds: true, text: `FROM ${base}\nHEALTHCHECK --interval=30s CMD wget -qO- http://localhost/ || exit 1\nUSER 1000\n` },
  { name: 'heredoc-with-instruction-text', builds: true, text: `FROM ${base}\nCOPY <<EOF /etc/motd\nRUN sudo apt-get install whatever | sh\nFROM nowhere\nEOF\nUSER 1000\n` },
  { name: 'variables-and-args', builds: true, text: `ARG TAG=latest\nFROM local/busybox:\${TAG}\nARG TAG\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOME\nLABEL tag=$TAG\nUSER 1000\n` },
  { name: 'copy-from-missing-stage', builds: false, error: 'DSL2007', text: `FROM ${base}\nCOPY --from=builder /bin/app /bin/app\n` },
  { name: 'copy-from-later-stage', builds: false, error: 'DSL2008', text: `FROM ${base} AS app\nCOPY --from=assets /out /srv\n\nFROM ${base} AS assets\nRUN mkdir /out\n\nFROM app\n` },
  { name: 'copy-from-variable', builds: false, error: 'DSL2017', text: `ARG SRC=build\nFROM ${base} AS build\nFROM ${base}\nCOPY --from=$SRC /bin/busybox /b\n` },
  // A broken stage the target does not need is never built, so it is no error.
  { name: 'broken-unused-stage', builds: true, text: `FROM ${base} AS app\nCOPY --from=assets /out /srv\n\nFROM ${base} AS assets\nRUN mkdir /out\nUSER 1000\n` },
  // Values BuildKit or the engine refuse when they read or build the file.
  { name: 'expose-out-of-range', builds: false, error: 'DSL5050', text: `FROM ${base}\nEXPOSE 70000\n` },
  { name: 'expose-unknown-protocol', builds: false, error: 'DSL5050', text: `FROM ${base}\nEXPOSE 80/xyz\n` },
  { name: 'stopsignal-unknown', builds: false, error: 'DSL5051', text: `FROM ${base}\nSTOPSIGNAL SIGFOO\n` },
  { name: 'healthcheck-duration-without-unit', builds: false, error: 'DSL5052', text: `FROM ${base}\nHEALTHCHECK --interval=30 CMD true\n` },
  { name: 'mount-sharing-unknown', builds: false, error: 'DSL5053', text: `FROM ${base}\nRUN --mount=type=cache,target=/c,sharing=exclusive true\n` },
  // What BuildKit builds and the model must represent.
  { name: 'cmd-empty-exec-form', builds: true, text: `FROM ${base}\nCMD []\nUSER 1000\n` },
  { name: 'entrypoint-empty-exec-form', builds: true, text: `FROM ${base}\nENTRYPOINT ["echo"]\nENTRYPOINT []\nCMD echo cleared\nUSER 1000\n` },
  { name: 'mount-from-without-target', builds: true, text: `FROM ${base} AS files\nRUN mkdir -p /srv && echo hi > /srv/x\n\nFROM ${base}\nWORKDIR /srv\nRUN --mount=from=files ls\nUSER 1000\n` },
  { name: 'healthcheck-none-with-options', builds: true, text: `FROM ${base}\nHEALTHCHECK --interval=5s NONE\nUSER 1000\n` },
  { name: 'expose-upper-case-protocol-and-host-port', builds: true, text: `FROM ${base}\nEXPOSE 80/TCP 8080:80\nUSER 1000\n` },
  // BuildKit creates the directory; the rule is a warning for other builders and readers.
  { name: 'several-sources-no-slash', builds: true, text: `FROM ${base}\nCOPY a.txt b.txt /dest\nUSER 1000\n` },
];

const context = mkdtempSync(join(tmpdir(), 'dsl-test-checks-'));
writeFileSync(join(context, 'a.txt'), 'a');
writeFileSync(join(context, 'b.txt'), 'b');
const tags: string[] = [];

function build(name: string, text: string): boolean {
  const file = join(context, `${name}.Dockerfile`);
  writeFileSync(file, text);
  const tag = runName(`checks-${name}`);
  const result = spawnSync('docker', ['build', '--no-cache', '-q', '-t', tag, '-f', file, context], { encoding: 'utf8', env: { ...process.env, DOCKER_BUILDKIT: '1' }, timeout: 120_000 });
  if (result.status === 0) tags.push(tag);
  return result.status === 0;
}

describeWithEngine('error-severity findings agree with BuildKit', () => {
  afterAll(() => {
    if (tags.length > 0) execFileSync('docker', ['rmi', '-f', ...tags], { stdio: 'ignore' });
    rmSync(context, { recursive: true, force: true });
  });

  for (const c of cases) {
    it(`${c.name}: BuildKit ${c.builds ? 'builds it and no error is reported' : `refuses it and ${c.error} is an error`}`, () => {
      const errors = checkDockerfile(c.text, { file: `${c.name}.Dockerfile` }).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
      expect(build(c.name, c.text)).toBe(c.builds);
      if (c.builds) expect(errors).toEqual([]);
      else expect(errors).toContain(c.error);
    });
  }
});
