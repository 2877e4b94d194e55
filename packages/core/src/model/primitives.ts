import { z } from 'zod';

/** Issue parameters that carry a dockerdsl diagnostic code through zod. */
export interface CodedParams {
  code: string;
}

/**
 * A string that must stay on one line: a Dockerfile cannot express a line break there, and a
 * line break would start a new instruction.
 *
 * @example
 * const schema = singleLine('an ENV value');
 */
export function singleLine(what: string) {
  return z.string().refine((s) => !/[\r\n]/.test(s), {
    message: `${what} cannot contain a line break (a Dockerfile cannot express it there)`,
    params: { code: 'DSL1010' } satisfies CodedParams,
  });
}

/**
 * A non-empty string without white space, as a flag value (`--chown=…`, mount options).
 *
 * @example
 * flagValue('--chown').parse('app:app');
 */
export function flagValue(what: string) {
  return z
    .string()
    .min(1, { error: `${what} cannot be empty` })
    .refine((s) => !/\s/.test(s), {
      message: `${what} cannot contain white space (Docker splits flags on it)`,
      params: { code: 'DSL1011' } satisfies CodedParams,
    });
}

/** A variable name for ARG and ENV: letters, digits and `_`, not starting with a digit. */
export const variableName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected a variable name: letters, digits and _, not starting with a digit' });

/** A Go duration as HEALTHCHECK takes it, such as `30s`, `1m30s` or `500ms`. */
export const duration = z
  .string()
  .regex(/^(?:0|(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+)$/, { error: 'expected a duration such as 30s, 1m30s or 500ms' });

/** A permission mode, octal (`0755`) or symbolic (`u=rwx,go=rx`). */
export const chmodValue = z
  .string()
  .regex(/^(?:[0-7]{3,4}|[ugoa]*[-+=][rwxXst]*(?:,[ugoa]*[-+=][rwxXst]*)*)$/, {
    error: 'expected an octal mode such as 0755 or a symbolic mode such as u=rwx,go=rx',
  });

/**
 * A refinement for text printed at the end of a line: a final `\` or `` ` `` (even followed by
 * blanks) would continue the instruction onto the next line.
 *
 * @example
 * z.string().refine(...noTrailingEscape('MAINTAINER'));
 */
export function noTrailingEscape(what: string) {
  return [
    (s: string) => !/[\\`][ \t]*$/.test(s),
    {
      message: `${what} cannot end with an escape character (it would continue onto the next line)`,
      params: { code: 'DSL1014' } satisfies CodedParams,
    },
  ] as const;
}

/** A user or group: a name or a numeric id. */
export const userOrId = z.union(
  [
    z
      .string()
      .min(1, { error: 'a user or group cannot be empty' })
      .regex(/^\S+$/, { error: 'a user or group cannot contain white space' })
      .regex(/^[^"'\\`]*$/, { error: 'a user or group cannot contain quotes or escape characters (Docker reads them as syntax)' }),
    z.number().int().min(0),
  ],
  { error: 'expected a user or group name, or a numeric id' },
);

/** The `comment` every instruction may carry, printed as `# …` lines above it. */
export const instructionBase = { comment: z.string().optional() };

/**
 * Go's `unicode.IsSpace` set, which BuildKit trims and splits on (JavaScript's `\s` misses NEL
 * and counts U+FEFF).
 */
export const goSpace = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const goSpaceAtEdge = new RegExp(`^${goSpace.source}|${goSpace.source}$`);

/**
 * A refinement for text Docker trims (shell forms, MAINTAINER, VOLUME paths): it must hold
 * something besides white space and neither start nor end with white space Docker would drop.
 * Plain blanks at the edges of a shell form are allowed with `blanksAllowed` (the shell ignores them).
 *
 * @example
 * z.string().refine(...notTrimmed('MAINTAINER'));
 */
export function notTrimmed(what: string, options: { blanksAllowed?: boolean } = {}) {
  return [
    (s: string) => {
      const text = options.blanksAllowed ? s.replace(/^[ \t]+|[ \t]+$/g, '') : s;
      return text !== '' && !goSpaceAtEdge.test(text);
    },
    {
      message: `${what} cannot be blank or start or end with white space Docker trims`,
      params: { code: 'DSL1025' } satisfies CodedParams,
    },
  ] as const;
}

/**
 * A refinement for text Docker would read as instruction flags when it starts with `--`.
 *
 * @example
 * z.string().refine(...noLeadingDashes('a shell-form command'));
 */
export function noLeadingDashes(what: string) {
  return [
    (s: string) => !/^[ \t]*--/.test(s),
    {
      message: `${what} cannot start with -- (Docker reads it as an instruction flag)`,
      params: { code: 'DSL1024' } satisfies CodedParams,
    },
  ] as const;
}

/**
 * A flag value Docker reads back unchanged once quoted: printable ASCII without white space.
 * BuildKit scans flags byte by byte, so any other character comes out as different bytes.
 *
 * @example
 * asciiFlagValue('--exclude').parse('*.md');
 */
export function asciiFlagValue(what: string) {
  return flagValue(what).refine((s) => /^[\x21-\x7e]*$/.test(s), {
    message: `${what} can hold printable ASCII only (BuildKit reads flags byte by byte and would change other characters)`,
    params: { code: 'DSL1023' } satisfies CodedParams,
  });
}
