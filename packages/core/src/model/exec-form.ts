import { z } from 'zod';
import { noLeadingDashes, notTrimmed } from './primitives.js';

/**
 * Exec form of a command: a non-empty tuple of strings, written as a JSON array.
 *
 * @example
 * const cmd: ExecForm = ['node', 'server.js'];
 */
export type ExecForm = readonly [string, ...string[]];

/**
 * Shell form of a command, which must be asked for explicitly because it runs the
 * program under `/bin/sh -c` (signals are not delivered to it).
 *
 * @example
 * const cmd: ShellForm = { shell: 'exec node server.js "$PORT"' };
 */
export interface ShellForm {
  readonly shell: string;
}

/**
 * A command for CMD, ENTRYPOINT or HEALTHCHECK: exec form, or shell form when asked for.
 *
 * @example
 * const a: CommandForm = ['app', '--serve'];
 * const b: CommandForm = sh`app --serve`;
 */
export type CommandForm = ExecForm | ShellForm;

/**
 * Schema of an exec-form tuple: at least one string.
 *
 * @example
 * execFormSchema.parse(['node', 'server.js']);
 */
export const execFormSchema = z
  .array(z.string(), { error: 'expected an exec-form array of strings' })
  .min(1, { error: 'an exec-form command needs at least one element (the program)' })
  .readonly() as unknown as z.ZodType<ExecForm>;

/**
 * Schema of an explicit shell-form command.
 *
 * @example
 * shellFormSchema.parse({ shell: 'echo $HOME' });
 */
export const shellFormSchema = z.strictObject({
  shell: z
    .string()
    .min(1, { error: 'a shell-form command cannot be empty' })
    .refine((s) => !/[\r\n]/.test(s), {
      message: 'a shell-form command cannot contain a line break here; use exec form or a RUN script',
      params: { code: 'DSL1010' },
    })
    .refine((s) => !/[\\`]\s*$/.test(s), {
      message: 'a shell-form command cannot end with an escape character (it would continue onto the next line)',
      params: { code: 'DSL1014' },
    })
    .refine(...noLeadingDashes('a shell-form command'))
    .refine(...notTrimmed('a shell-form command', { blanksAllowed: true }))
    .refine((s) => !looksLikeJsonArray(s), {
      message: 'this shell-form text is a JSON array, which Docker would read as exec form; use exec form instead',
      params: { code: 'DSL1015' },
    }),
});

function looksLikeJsonArray(text: string): boolean {
  if (!text.trimStart().startsWith('[')) return false;
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * Schema of a CMD/ENTRYPOINT/HEALTHCHECK command.
 *
 * @example
 * commandFormSchema.parse({ shell: 'node server.js' });
 */
export const commandFormSchema = z.union([execFormSchema, shellFormSchema], {
  error: 'expected an exec-form array such as ["app", "--flag"] or { shell: "..." }; a bare string is not accepted',
});

/**
 * Schema of a CMD or ENTRYPOINT command: as `commandFormSchema`, and also the empty exec form
 * `[]`, which BuildKit accepts and which clears the CMD or ENTRYPOINT inherited from the base
 * image.
 *
 * @example
 * clearableCommandFormSchema.parse([]); // clears an inherited CMD
 */
export const clearableCommandFormSchema = z.union([
  z.array(z.string(), { error: 'expected an exec-form array of strings' }).readonly() as unknown as z.ZodType<ExecForm | readonly []>,
  shellFormSchema,
], { error: 'expected an exec-form array such as ["app", "--flag"] or { shell: "..." }; a bare string is not accepted' });

/**
 * Asks for shell form explicitly, as a template tag.
 *
 * @example
 * image.cmd(sh`exec gunicorn -b 0.0.0.0:${port} app:app`);
 */
export function sh(strings: TemplateStringsArray, ...values: unknown[]): ShellForm {
  let text = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) text += String(values[i]) + (strings[i + 1] ?? '');
  return { shell: text };
}

/**
 * True when a command is in exec form.
 *
 * @example
 * isExecForm(['node', 'server.js']); // true
 * isExecForm(sh`node server.js`); // false
 */
export function isExecForm(command: CommandForm | string): command is ExecForm {
  return Array.isArray(command);
}
