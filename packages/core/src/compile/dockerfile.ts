import { printCommentText } from '../instructions/comment.js';
import { printArg } from '../instructions/arg.js';
import { printInstruction, type Instruction } from '../instructions/index.js';
import type { Image } from '../image/image.js';
import type { Stage } from '../image/stage.js';
import type { ResolvedImage } from '../resolve/stage-graph.js';
import { flag } from '../print/quote.js';
import type { PrintContext } from '../print/print-context.js';

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
  // Every line goes into one list, joined once: one copy of the text, where joining per stage
  // and then per file copied it twice.
  const lines: string[] = [];
  const blank = (): void => {
    if (lines.length > 0) lines.push('');
  };

  const directives = directiveLines(image, options);
  for (const line of directives) lines.push(line);

  const headerStart = lines.length;
  if (withComments && image.comment) {
    blank();
    lines.push(printCommentText(image.comment));
  }
  for (const a of image.args ?? []) {
    if (lines.length === headerStart) blank();
    pushWithComment(lines, printArg(a, ctx), a.comment, withComments);
  }

  for (const stage of resolved.stages) {
    blank();
    printStage(lines, stage, ctx, withComments);
  }

  // A first comment that looks like `# key=value` would be read as a parser directive.
  const text = lines.join('\n') + '\n';
  return directives.length === 0 && directiveLike.test(lines[0] ?? '') ? '\n' + text : text;
}

function directiveLines(image: Image, options: PrintOptions): string[] {
  const d = image.directives ?? {};
  const lines: string[] = [];
  if (d.syntax && options.syntaxDirective !== false) lines.push(`# syntax=${d.syntax}`);
  if (d.escape && d.escape !== '\\') lines.push(`# escape=${d.escape}`);
  if (d.check) lines.push(`# check=${d.check}`);
  return lines;
}

function printStage(lines: string[], stage: Stage, ctx: PrintContext, withComments: boolean): void {
  const from = typeof stage.from === 'string' ? stage.from : stage.from.stage;
  const head = 'FROM ' + (stage.platform ? flag('platform', stage.platform) + ' ' : '') + from + (stage.name ? ' AS ' + stage.name : '');
  pushWithComment(lines, head, stage.comment, withComments);
  for (const step of stage.steps) {
    if (step.kind === 'comment') {
      if (withComments) lines.push(printInstruction(step, ctx));
      continue;
    }
    pushWithComment(lines, printInstruction(step, ctx), (step as Exclude<Instruction, { kind: 'comment' }>).comment, withComments);
  }
}

function pushWithComment(lines: string[], text: string, comment: string | undefined, withComments: boolean): void {
  if (withComments && comment) lines.push(printCommentText(comment));
  lines.push(text);
}
