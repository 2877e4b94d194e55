import pc from 'picocolors';

/** The colour functions the CLI uses; plain identity functions when colour is off. */
export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Whether to colour output written to `stream`: never with `NO_COLOR` (any value), always with
 * `FORCE_COLOR` (other than `0`), otherwise only on a TTY that is not `TERM=dumb`.
 *
 * @example
 * colorEnabled(process.stderr, process.env); // false when NO_COLOR=1
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/**
 * Colour functions for one output stream.
 *
 * @example
 * const c = colorsFor(process.stderr); c.red('error');
 */
export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Colors {
  return pc.createColors(colorEnabled(stream, env));
}
