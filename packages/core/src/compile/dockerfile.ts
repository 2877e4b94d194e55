import { printCommentText } from '../instructions/comment.js';
import { printArg } from '../instructions/arg.js';
import { printInstruction, type Instruction } from '../instructions/index.js';
import type { Image } from '../model/image.js';
import type { Stage } from '../model/stage.js';
import type { ResolvedImage } from '../resolve/stage-graph.js';
import { flag } from './quote.js';
import type { PrintContext } from './print-context.js';

/**
 * How a Dockerfile is written.
 *
 * @example
 * const options: PrintOptions = { comments: false };
 */
export interface PrintOptions {
  /** Write `comment` fields as `#` lines (default true). */
  comments?: boolean;
  /** Write the `syntax` directive when the image has one (default true; tests turn it off). */
  syntaxDirective?: boolean;
}

// Any `=` on a first comment line: BuildKit reads `# key=value` as a directive, and some
// readers (dockerfile-ast) take even `# '=` for one, so such a comment moves off the first line.
const directiveLike = /^#[^\n]*=/;

/**
 * Writes a resolved image as Dockerfile text: directives, global ARGs, then each stage in build
 * order, one instruction per line (long RUN chains wrapped), a blank line between stages.
 * Deterministic: the same image always gives the same bytes.
 *
 * @example
 * const text = printDockerfile(resolveImage(image).resolved!);
 */
export function printDockerfile(resolved: ResolvedImage, options: PrintOptions = {}): string {
  const { image } = resolved;
  const ctx: PrintContext = { escape: image.directives?.escape ?? '\\' };
  const withComments = options.comments !== false;
  const blocks: string[] = [];

  const directives = directiveLines(image, options);
  if (directives.length > 0) blocks.push(directives.join('\n'));

  const header: string[] = [];
  if (withComments && image.comment) header.push(printCommentText(image.comment));
  for (const a of image.args ?? []) header.push(withComment(printArg(a, ctx), a.comment, withComments));
  if (header.length > 0) blocks.push(header.join('\n'));

  for (const stage of resolved.stages) blocks.push(printStage(stage, ctx, withComments));

  // A first comment that looks like `# key=value` would be read as a parser directive. (The
  // first block holds the first line; testing the joined text would flatten it for nothing.)
  const text = blocks.join('\n\n') + '\n';
  return directives.length === 0 && directiveLike.test(blocks[0] ?? '') ? '\n' + text : text;
}

function directiveLines(image: Image, options: PrintOptions): string[] {
  const d = image.directives ?? {};
  const lines: string[] = [];
  if (d.syntax && options.syntaxDirective !== false) lines.push(`# syntax=${d.syntax}`);
  if (d.escape && d.escape !== '\\') lines.push(`# escape=${d.escape}`);
  if (d.check) lines.push(`# check=${d.check}`);
  return lines;
}

function printStage(stage: Stage, ctx: PrintContext, withComments: boolean): string {
  const from = typeof stage.from === 'string' ? stage.from : stage.from.stage;
  let text = 'FROM ' + (stage.platform ? flag('platform', stage.platform) + ' ' : '') + from + (stage.name ? ' AS ' + stage.name : '');
  text = withComment(text, stage.comment, withComments);
  for (const step of stage.steps) {
    if (step.kind === 'comment') {
      if (withComments) text += '\n' + printInstruction(step, ctx);
      continue;
    }
    text += '\n' + withComment(printInstruction(step, ctx), (step as Exclude<Instruction, { kind: 'comment' }>).comment, withComments);
  }
  return text;
}

function withComment(text: string, comment: string | undefined, withComments: boolean): string {
  return withComments && comment ? `${printCommentText(comment)}\n${text}` : text;
}
