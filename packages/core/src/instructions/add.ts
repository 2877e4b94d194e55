import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { asciiFlagValue } from '../model/primitives.js';
import { expandedFlag } from '../print/flag-quote.js';
import type { PrintContext } from '../print/print-context.js';
import { fileTransferFields, fileTransferFlags, inlineFileRule, inlineFilesNeedBarePaths, printFileTransfer, type FileSource, type FileTransferOptions } from './copy.js';

/**
 * `ADD`: like COPY, but sources may also be URLs and Git repositories, and local tar archives
 * are unpacked. Prefer COPY for plain files.
 *
 * @example
 * const a: AddInstruction = { kind: 'add', sources: ['https://example.com/tool.tgz'], destination: '/opt/', checksum: 'sha256:…' };
 */
export interface AddInstruction extends FileTransferOptions {
  kind: 'add';
  sources: [FileSource, ...FileSource[]];
  destination: string;
  checksum?: string;
  keepGitDir?: boolean;
  unpack?: boolean;
}

/**
 * Options of ADD besides sources and destination.
 *
 * @example
 * const options: AddOptions = { checksum: 'sha256:24454f83…', chown: 'app' };
 */
export type AddOptions = Omit<AddInstruction, 'kind' | 'sources' | 'destination'>;

/**
 * Schema of ADD.
 *
 * @example
 * addSchema.parse(add(['https://example.com/a.tgz'], '/tmp/', { checksum: 'sha256:…' }));
 */
export const addSchema = z
  .strictObject({
    kind: z.literal('add'),
    ...fileTransferFields,
    checksum: asciiFlagValue('--checksum').optional(),
    keepGitDir: z.boolean().optional(),
    unpack: z.boolean().optional(),
  })
  .refine(inlineFilesNeedBarePaths, inlineFileRule);

/**
 * An ADD step.
 *
 * @example
 * add('https://example.com/tool.tar.gz', '/opt/tool.tar.gz', { checksum: 'sha256:9f86d0…' });
 */
export function add(sources: FileSource | readonly FileSource[], destination: string, options: AddOptions = {}): AddInstruction {
  const list = (Array.isArray(sources) ? [...sources] : [sources]) as AddInstruction['sources'];
  return captureSource({ kind: 'add', sources: list, destination, ...options });
}

/** Prints ADD. */
export function printAdd(i: AddInstruction, ctx: PrintContext): string {
  const flags = fileTransferFlags(i, ctx);
  if (i.checksum !== undefined) flags.push(expandedFlag('checksum', i.checksum, ctx));
  if (i.keepGitDir !== undefined) flags.push(i.keepGitDir ? '--keep-git-dir' : '--keep-git-dir=false');
  if (i.unpack !== undefined) flags.push(i.unpack ? '--unpack' : '--unpack=false');
  return printFileTransfer('ADD', flags, i, ctx);
}
