import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { copySourceSchema, copySourceText, type CopySource } from '../model/references.js';
import { asciiFlagValue, chmodValue, instructionBase } from '../model/primitives.js';
import { flag, isBarePath, jsonArray, pathWord, pathsAreBare } from '../print/quote.js';
import { expandedFlag, literalFlag } from '../print/flag-quote.js';
import type { PrintContext } from '../print/print-context.js';
import { heredocMarker, heredocSchema, heredocTail, pickDelimiter, type Heredoc } from './heredoc.js';

/**
 * A file written inline from a heredoc (`COPY <<EOF /etc/app.conf`).
 *
 * @example
 * const f: InlineFile = { heredoc: { body: 'listen 8080' } };
 */
export interface InlineFile {
  heredoc: Heredoc;
}

/**
 * A COPY/ADD source: a path (globs allowed) or an inline file.
 *
 * @example
 * const sources: FileSource[] = ['package.json', 'src/'];
 */
export type FileSource = string | InlineFile;

/** Flags COPY and ADD share. */
export interface FileTransferOptions {
  chown?: string | number;
  chmod?: string;
  link?: boolean;
  exclude?: string[];
  comment?: string;
}

/**
 * `COPY`: files from the build context, another stage, an image or a named context.
 *
 * @example
 * const c: CopyInstruction = { kind: 'copy', sources: ['/out/app'], destination: '/app', from: { stage: 'build' } };
 */
export interface CopyInstruction extends FileTransferOptions {
  kind: 'copy';
  sources: [FileSource, ...FileSource[]];
  destination: string;
  from?: CopySource;
  parents?: boolean;
}

/**
 * Options of COPY besides sources and destination.
 *
 * @example
 * const options: CopyOptions = { from: 'build', chown: 'app:app', link: true };
 */
export type CopyOptions = Omit<CopyInstruction, 'kind' | 'sources' | 'destination'>;

const pathSchema = z.string().min(1, { error: 'a path cannot be empty' }).refine((s) => !/[\r\n]/.test(s), {
  message: 'a path cannot contain a line break',
  params: { code: 'DSL1010' },
});

/** Schema of a COPY/ADD source. */
export const fileSourceSchema = z.union([pathSchema, z.strictObject({ heredoc: heredocSchema })], {
  error: 'expected a path or { heredoc: { body } }',
});

/** Schema fields COPY and ADD share. */
export const fileTransferFields = {
  sources: z.array(fileSourceSchema).min(1, { error: 'needs at least one source' }),
  destination: pathSchema,
  chown: z.union([asciiFlagValue('--chown'), z.number().int().min(0)]).optional(),
  chmod: chmodValue.optional(),
  link: z.boolean().optional(),
  exclude: z.array(asciiFlagValue('--exclude')).optional(),
  ...instructionBase,
};

/** Inline files go with plain paths only: Docker has no JSON form for heredocs. */
export function inlineFilesNeedBarePaths(i: { sources: readonly FileSource[]; destination: string }): boolean {
  if (i.sources.every((s) => typeof s === 'string')) return true;
  return pathsAreBare([...i.sources.filter((s): s is string => typeof s === 'string'), i.destination]);
}

/** The validation issue for an inline file beside quoted paths. */
export const inlineFileRule = {
  message: 'an inline file (heredoc) cannot be combined with paths that need quoting (spaces, quotes, a leading - or [)',
  path: ['destination'],
  params: { code: 'DSL1012' },
};

/**
 * Schema of COPY.
 *
 * @example
 * copySchema.parse(copy(['package.json', 'package-lock.json'], './'));
 */
export const copySchema = z
  .strictObject({
    kind: z.literal('copy'),
    ...fileTransferFields,
    from: copySourceSchema.optional(),
    parents: z.boolean().optional(),
  })
  .refine(inlineFilesNeedBarePaths, inlineFileRule);

/**
 * A COPY step; several sources may be given as an array.
 *
 * @example
 * copy(['package.json', 'package-lock.json'], './');
 * copy('.', '.', { chown: 'node:node' });
 */
export function copy(sources: FileSource | readonly FileSource[], destination: string, options: CopyOptions = {}): CopyInstruction {
  const list = (Array.isArray(sources) ? [...sources] : [sources]) as CopyInstruction['sources'];
  return captureSource({ kind: 'copy', sources: list, destination, ...options });
}

/**
 * The flags, sources and destination of COPY or ADD as one line plus heredoc tails.
 * Bare paths are written space-separated; any path Docker would misread goes in JSON form.
 */
export function printFileTransfer(keyword: 'COPY' | 'ADD', flags: string[], i: { sources: readonly FileSource[]; destination: string }, ctx: PrintContext): string {
  let head = keyword;
  for (const f of flags) head += ' ' + f;
  // The common case, paths only and all bare: written as they are, in one pass.
  let bare = isBarePath(i.destination);
  for (let n = 0; bare && n < i.sources.length; n++) {
    const source = i.sources[n]!;
    bare = typeof source === 'string' && isBarePath(source);
  }
  if (bare) return head + ' ' + (i.sources as readonly string[]).join(' ') + ' ' + i.destination;
  const docs: Array<[Heredoc, string]> = [];
  const words = i.sources.map((source) => {
    if (typeof source === 'string') return source;
    const delimiter = source.heredoc.delimiter ?? pickDelimiter(source.heredoc.body, docs.length === 0 ? 'EOF' : `EOF${docs.length + 1}`);
    docs.push([source.heredoc, delimiter]);
    return heredocMarker(source.heredoc, delimiter);
  });
  const paths = i.sources.filter((s): s is string => typeof s === 'string').concat(i.destination);
  const useJson = docs.length === 0 && !pathsAreBare(paths);
  const args = useJson ? jsonArray([...words, i.destination].map((p) => pathWord(p, ctx))) : [...words, i.destination].join(' ');
  return head + ' ' + args + docs.map(([doc, delimiter]) => heredocTail(doc, delimiter)).join('');
}

/** The flags COPY and ADD share, in a fixed order. */
export function fileTransferFlags(i: FileTransferOptions, ctx: PrintContext): string[] {
  const flags: string[] = [];
  if (i.chown !== undefined) flags.push(expandedFlag('chown', i.chown, ctx));
  if (i.chmod !== undefined) flags.push(expandedFlag('chmod', i.chmod, ctx));
  if (i.link !== undefined) flags.push(i.link ? '--link' : '--link=false');
  for (const pattern of i.exclude ?? []) flags.push(literalFlag('exclude', pattern, ctx));
  return flags;
}

/** Prints COPY. */
export function printCopy(i: CopyInstruction, ctx: PrintContext): string {
  const flags = i.from !== undefined ? [flag('from', copySourceText(i.from))] : [];
  flags.push(...fileTransferFlags(i, ctx));
  if (i.parents !== undefined) flags.push(i.parents ? '--parents' : '--parents=false');
  return printFileTransfer('COPY', flags, i, ctx);
}
