/**
 * Exit codes of every `dsl` command: 0 ok, 1 diagnostics or build failure, 2 usage error.
 *
 * @example
 * return ExitCode.Failure;
 */
export const ExitCode = { Ok: 0, Failure: 1, Usage: 2 } as const;

/** One of the exit codes. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A mistake in how the command was called (unknown flag, bad value): printed without a stack
 * trace, exit code 2.
 *
 * @example
 * throw new UsageError('--concurrency must be a positive whole number');
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
