import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = resolve(root, 'packages/cli/bin/dsl.js');
const commands = ['synth', 'build', 'plan', 'lock', 'check', 'import', 'init', 'ls'];

function help(args: string[]): string {
  const out = execFileSync(process.execPath, [bin, ...args, '--help'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return out.replace(/^dsl\/\d+\.\d+\.\d+\s*\n/, '').replace(/[ \t]+$/gm, '').trimEnd();
}

/** docs/cli.md is the CLI's own `--help` output: when a command or flag changes, this test says so. */
test('docs/cli.md is the help of every command', async () => {
  if (!existsSync(resolve(root, 'packages/cli/dist'))) throw new Error('build the packages first (npm test does: turbo run build)');
  const sections = commands.map((command) => `## dsl ${command}\n\n\`\`\`text\n${help([command])}\n\`\`\``);
  const page = [
    '# CLI reference',
    '',
    'Generated from `dsl <command> --help`; `test/docs/cli-reference.test.ts` fails when they drift',
    '(regenerate with `npx vitest run test/docs/cli-reference.test.ts -u`).',
    '',
    'Exit codes: `0` success, `1` diagnostics with errors (or, with `--failure-threshold` on `check`,',
    '`synth` and `build`, findings at that severity or above; warnings under `check --strict`) or a',
    'failed build, `2` a usage error (an unknown command or flag, or a flag without its value, with',
    'the closest valid one). Colours follow the terminal and obey `NO_COLOR` / `FORCE_COLOR`.',
    '',
    'Output: results go to stdout — `dsl check`\'s findings too, so `dsl check > report.txt` works —',
    'and progress, logs and summaries to stderr. `--json` and `--format json` print one object,',
    '`{ "ok": …, <the command\'s fields>, "diagnostics": [...] }`, the same for every command.',
    'Outside `dsl check` (and `synth`), info findings are not printed.',
    '',
    'Environment: `DSL_DEBUG=1` prints stack traces of internal errors; `DSL_SOURCE_LOCATIONS=0`',
    'turns off capturing where definitions were written (diagnostics then carry model paths only).',
    '',
    '```text',
    help([]),
    '```',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
  await expect(page).toMatchFileSnapshot('../../docs/cli.md');
});
