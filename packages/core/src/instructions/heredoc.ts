import { z } from 'zod';

/**
 * A here-document body (`<<EOF … EOF`) for RUN, COPY and ADD.
 *
 * @example
 * const doc: Heredoc = { delimiter: 'EOF', body: 'set -eux\napt-get update' };
 */
export interface Heredoc {
  /** The word that ends the body. Chosen automatically when omitted. */
  delimiter?: string;
  /** The text, without the final newline. */
  body: string;
  /** `<<"EOF"`: the body is not expanded. */
  quoted?: boolean;
  /** `<<-EOF`: leading tabs are stripped. */
  stripTabs?: boolean;
}

/** Schema of a heredoc. */
export const heredocSchema = z.strictObject({
  delimiter: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'a heredoc delimiter is a word of letters, digits and _' })
    .optional(),
  body: z.string().refine((b) => !b.includes('\r'), {
    message: 'a heredoc body cannot contain a carriage return (Docker reads lines without it)',
    params: { code: 'DSL1010' },
  }),
  quoted: z.boolean().optional(),
  stripTabs: z.boolean().optional(),
}).refine((doc) => doc.delimiter === undefined || !bodyEndsAt(doc.body, doc.delimiter), {
  message: 'the heredoc body has a line equal to its delimiter, which would end it early; pick another delimiter or leave it out',
  path: ['delimiter'],
  params: { code: 'DSL1017' },
});

/**
 * True when a line of `body` equals `delimiter` (after leading tabs, which `<<-` strips), so
 * the body would end there.
 *
 * @example
 * bodyEndsAt('echo hi\nEOF', 'EOF'); // true
 */
export function bodyEndsAt(body: string, delimiter: string): boolean {
  // Conservative: leading tabs and trailing blanks are ignored whether or not `<<-` is used.
  return body.split('\n').some((line) => line.replace(/^\t+/, '').trimEnd() === delimiter);
}

/**
 * A delimiter that no line of `body` equals, preferring `preferred`.
 *
 * @example
 * pickDelimiter('echo EOF\nEOF'); // 'EOF_1'
 */
export function pickDelimiter(body: string, preferred = 'EOF'): string {
  if (!bodyEndsAt(body, preferred)) return preferred;
  for (let i = 1; ; i++) if (!bodyEndsAt(body, `${preferred}_${i}`)) return `${preferred}_${i}`;
}

/**
 * The `<<EOF` marker of a heredoc.
 *
 * @example
 * heredocMarker({ body: 'x', quoted: true }, 'EOF'); // '<<"EOF"'
 */
export function heredocMarker(doc: Heredoc, delimiter: string): string {
  return `<<${doc.stripTabs ? '-' : ''}${doc.quoted ? `"${delimiter}"` : delimiter}`;
}

/**
 * The body and closing line of a heredoc, as they follow the instruction line.
 *
 * @example
 * heredocTail({ body: 'hello' }, 'EOF'); // '\nhello\nEOF'
 */
export function heredocTail(doc: Heredoc, delimiter: string): string {
  return `\n${doc.body}\n${delimiter}`;
}
