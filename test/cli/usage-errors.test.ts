import { describe, expect, it } from 'vitest';
import { dsl, repoRoot } from './run-dsl.js';

// The shipped bundle, not the sources: the bundler renames the argument parser's error class, so
// the CLI must know a usage error by when it happens, not by the class's name.
describe('usage errors from the built dsl command', () => {
  it('exits 2 with a did-you-mean on an unknown flag, a flag without a value and an unknown command', async () => {
    const flag = await dsl(['synth', '--focre'], repoRoot);
    expect(flag.exitCode).toBe(2);
    expect(flag.stderr).toBe("error unknown option '--focre' (did you mean '--force'?); run `dsl synth --help`");
    const value = await dsl(['build', '--concurrency'], repoRoot);
    expect(value.exitCode).toBe(2);
    expect(value.stderr).toBe('error --concurrency needs a value: --concurrency <n>; run `dsl build --help`');
    const command = await dsl(['biuld'], repoRoot);
    expect(command.exitCode).toBe(2);
    expect(command.stderr).toBe("error unknown command 'biuld' (did you mean 'build'?); run `dsl --help`");
  }, 60_000);
});
