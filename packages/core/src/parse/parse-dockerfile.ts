import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { ArgInstruction } from '../instructions/arg.js';
import type { Instruction } from '../instructions/index.js';
import type { Image } from '../image/image.js';
import { attachSource, type SourceLocation } from '../model/source-location.js';
import type { Stage } from '../image/stage.js';
import { parseDiagnostic } from './codes.js';
import { InstructionContext } from './context.js';
import { imageNameFor, readDirectives } from './directives.js';
import { parseInstructionText, StageStart } from './instruction.js';
import { firstNonBlank, LineReader } from './lines.js';

/**
 * Options of `parseDockerfile`.
 *
 * @example
 * parseDockerfile(text, { file: 'services/api/Dockerfile' });
 */
export interface ParseOptions {
  /** The file name, used in source locations and to name the image. */
  file?: string;
}

/**
 * What `parseDockerfile` returns: the image (when the file has a stage) and any problems.
 *
 * @example
 * const { image, diagnostics }: ParseResult = parseDockerfile('FROM alpine:3.20\n');
 */
export interface ParseResult {
  image?: Image;
  diagnostics: Diagnostic[];
}

const maxLine = 65535;

/**
 * Parses Dockerfile text into the typed image model, as BuildKit reads it: parser directives,
 * global ARGs, stages and their steps, comments (attached to the instruction right below them;
 * a block followed by a blank line stays a standalone comment),
 * continuations, heredocs, flags and exec/shell forms. Every instruction, stage and mount gets
 * a 1-based source range (`sourceOf`), and `flagSourcesOf` gives each flag's range. Malformed
 * text yields DSL5xxx diagnostics; this function never throws.
 *
 * @example
 * const { image, diagnostics } = parseDockerfile('FROM alpine:3.20 AS base\nRUN apk add curl\n', { file: 'Dockerfile' });
 * image?.stages[0]?.steps[0]; // { kind: 'run', command: 'apk add curl' }
 */
export function parseDockerfile(text: string, options: ParseOptions = {}): ParseResult {
  const { image, diagnostics } = parseDockerfileLines(text, options);
  return image ? { image, diagnostics } : { diagnostics };
}

/**
 * `parseDockerfile`, also returning the physical lines it split the text into (byte order mark
 * and carriage returns removed), so that callers needing the lines do not split the text again.
 *
 * @example
 * const { image, lines } = parseDockerfileLines('FROM alpine:3.20\r\nRUN make\r\n'); // lines: ['FROM alpine:3.20', 'RUN make']
 */
export function parseDockerfileLines(text: string, options: ParseOptions = {}): ParseResult & { lines: string[] } {
  const file = options.file ?? 'Dockerfile';
  const diagnostics: Diagnostic[] = [];
  let reader: LineReader | undefined;
  try {
    reader = new LineReader(text);
    const result = parse(reader, file, diagnostics);
    return result.image ? { image: result.image, diagnostics, lines: reader.lines } : { diagnostics, lines: reader.lines };
  } catch (error) {
    diagnostics.push(parseDiagnostic('DSL5099', `the parser failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`, [], { file, line: 1, column: 1 }));
    return { diagnostics, lines: reader?.lines ?? [] };
  }
}

function parse(reader: LineReader, file: string, diagnostics: Diagnostic[]): ParseResult {
  const directives = readDirectives(reader, file, diagnostics);
  const image: Image = { name: imageNameFor(file), stages: [] };
  if (directives.syntax !== undefined || directives.escape !== undefined || directives.check !== undefined) image.directives = directives;
  const globalArgs: ArgInstruction[] = [];
  const ctx = new InstructionContext(file, reader, diagnostics);
  let stage: Stage | undefined;
  let comments: string[] = [];
  let seenInstruction = false;

  while (!reader.done) {
    const line = reader.peek()!;
    const lead = firstNonBlank(line);
    if (lead === line.length) {
      reader.index++;
      // A comment block followed by a blank line belongs to no instruction: it stays where it is.
      if (comments.length > 0) {
        const text = joinComments(comments);
        if (stage) stage.steps.push({ kind: 'comment', text } satisfies Instruction);
        else image.comment = image.comment === undefined ? text : `${image.comment}\n${text}`;
        comments = [];
      }
      continue;
    }
    if (line.charCodeAt(lead) === 35 /* # */) {
      reader.index++;
      comments.push(commentText(line, lead));
      continue;
    }
    seenInstruction = true;
    const logical = reader.nextLogical();
    if (stage) ctx.start(logical, image.stages.length - 1, stage.steps.length);
    else ctx.start(logical, -1, globalArgs.length);
    reportLineShape(ctx);
    const parsed = parseInstructionText(logical.text, 0, ctx);
    const comment = comments.length > 0 ? joinComments(comments) : undefined;
    if (comments.length > 0) comments = [];
    if (!parsed) continue;
    const where = ctx.whole();
    if (parsed instanceof StageStart) {
      stage = attachSource(parsed.stage, where);
      if (comment !== undefined) stage.comment = comment;
      image.stages.push(stage);
      continue;
    }
    // One step, or several from one line (ARG A B): each gets the line's range, the first its comment.
    const first = Array.isArray(parsed) ? parsed[0]! : parsed;
    if (Array.isArray(parsed)) for (const step of parsed) locate(step, where);
    else locate(parsed, where);
    if (comment !== undefined) (first as { comment?: string }).comment = comment;
    if (stage) {
      if (Array.isArray(parsed)) for (const step of parsed) stage.steps.push(step);
      else stage.steps.push(parsed);
    } else if (Array.isArray(parsed) ? parsed.every((s) => s.kind === 'arg') : parsed.kind === 'arg') {
      if (Array.isArray(parsed)) for (const step of parsed) globalArgs.push(step as ArgInstruction);
      else globalArgs.push(parsed as ArgInstruction);
    } else {
      ctx.report('DSL5002', `${first.kind.toUpperCase()} before the first FROM: no build stage in current context`, 0, 'only ARG, comments and parser directives may come before FROM');
    }
  }

  if (comments.length > 0) {
    const text = joinComments(comments);
    if (stage) stage.steps.push({ kind: 'comment', text } satisfies Instruction);
    else image.comment = image.comment === undefined ? text : `${image.comment}\n${text}`;
  }
  if (globalArgs.length > 0) image.args = globalArgs;
  if (image.stages.length === 0) {
    const message = seenInstruction ? 'the Dockerfile contains no stages to build (no FROM)' : 'the Dockerfile cannot be empty: it has no instructions';
    diagnostics.push(parseDiagnostic('DSL5003', message, ['stages'], { file, line: 1, column: 1 }));
    return { diagnostics };
  }
  return { image, diagnostics };
}

function locate(step: Instruction, where: SourceLocation): void {
  attachSource(step, where);
  if (step.kind === 'onbuild') attachSource(step.instruction, where);
}

function joinComments(comments: string[]): string {
  return comments.length === 1 ? comments[0]! : comments.join('\n');
}

function commentText(line: string, lead: number): string {
  const body = line.slice(lead + 1);
  return (body.startsWith(' ') ? body.slice(1) : body).trimEnd();
}

function reportLineShape(ctx: InstructionContext): void {
  const logical = ctx.logical;
  if (logical.text.length > maxLine) ctx.report('DSL5018', `dockerfile line greater than max allowed size of ${maxLine}`);
  const empty = logical.emptyContinuations;
  for (let i = 0; i < empty.length; i++) {
    const line = empty[i]!;
    ctx.diagnostics.push(parseDiagnostic('DSL5019', 'empty continuation line (deprecated; Docker will reject it in a future release)', ctx.path, { file: ctx.file, line, column: 1 }, 'remove the blank line or end the instruction before it'));
  }
}
