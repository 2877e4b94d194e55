import { z } from 'zod';
import { captureSource } from '../model/source-location.js';

/**
 * A comment on its own, with no instruction under it (for example at the end of a stage).
 *
 * @example
 * const c: CommentStep = { kind: 'comment', text: 'runtime stage ends here' };
 */
export interface CommentStep {
  kind: 'comment';
  text: string;
}

/**
 * Schema of a standalone comment.
 *
 * @example
 * commentSchema.parse(comment('dependencies first, for the layer cache'));
 */
export const commentSchema = z.strictObject({ kind: z.literal('comment'), text: z.string() });

/**
 * A standalone comment.
 *
 * @example
 * comment('keep this stage small');
 */
export function comment(text: string): CommentStep {
  return captureSource({ kind: 'comment', text });
}

/**
 * Prints comment text as `#` lines (every line of the text gets its own `#`, so a comment
 * can never start an instruction).
 *
 * @example
 * printCommentText('a\nb'); // '# a\n# b'
 */
export function printCommentText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '#' : `# ${line.replace(/\r/g, '')}`))
    .join('\n');
}
