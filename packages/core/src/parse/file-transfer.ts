import type { AddInstruction } from '../instructions/add.js';
import type { CopyInstruction, FileSource } from '../instructions/copy.js';
import { reportVariableSyntax } from './variable-syntax.js';
import type { InstructionContext } from './context.js';
import { recordFlagSources } from './flag-sources.js';
import { flagBool, flagList, flagString, readFlags, type FlagSpec, type ReadFlags } from './flags.js';
import { heredocMarkerOf, type HeredocMarker } from './heredocs.js';
import { parseJsonArray } from './json-form.js';
import { splitWords, unquoteWord, type RawWord } from './words.js';

const shared: FlagSpec = [['chown', 'string'], ['chmod', 'string'], ['link', 'bool'], ['exclude', 'list']];
const copyFlags: FlagSpec = [...shared, ['from', 'string'], ['parents', 'bool']];
const addFlags: FlagSpec = [...shared, ['checksum', 'string'], ['keep-git-dir', 'bool'], ['unpack', 'bool']];

/**
 * `COPY [flags] src… dest`, `COPY [flags] ["src", …, "dest"]` or `COPY <<EOF dest`.
 * `--from` stays the plain string Docker reads.
 *
 * @example
 * parseCopy('--from=build /out/app /usr/local/bin/', 5, ctx);
 */
export function parseCopy(args: string, offset: number, ctx: InstructionContext): CopyInstruction | undefined {
  const flags = readFlags(args, offset, copyFlags, ctx);
  const paths = readPaths('COPY', flags, ctx);
  if (!paths) return undefined;
  const copy: CopyInstruction = { kind: 'copy', sources: paths.sources, destination: paths.destination };
  const from = flagString(flags, 'from');
  if (from !== undefined) copy.from = from;
  applyShared(copy, flags);
  const parents = flagBool(flags, 'parents');
  if (parents !== undefined) copy.parents = parents;
  recordFlagSources(copy, flags.all, ctx);
  return copy;
}

/**
 * `ADD [flags] src… dest`: like COPY, plus `--checksum`, `--keep-git-dir` and `--unpack`.
 *
 * @example
 * parseAdd('--checksum=sha256:abc https://example.com/a.tgz /opt/', 4, ctx);
 */
export function parseAdd(args: string, offset: number, ctx: InstructionContext): AddInstruction | undefined {
  const flags = readFlags(args, offset, addFlags, ctx);
  const paths = readPaths('ADD', flags, ctx);
  if (!paths) return undefined;
  const add: AddInstruction = { kind: 'add', sources: paths.sources, destination: paths.destination };
  applyShared(add, flags);
  const checksum = flagString(flags, 'checksum');
  if (checksum !== undefined) add.checksum = checksum;
  const keep = flagBool(flags, 'keep-git-dir');
  if (keep !== undefined) add.keepGitDir = keep;
  const unpack = flagBool(flags, 'unpack');
  if (unpack !== undefined) add.unpack = unpack;
  recordFlagSources(add, flags.all, ctx);
  return add;
}

function applyShared(target: CopyInstruction | AddInstruction, flags: ReadFlags): void {
  const chown = flagString(flags, 'chown');
  if (chown !== undefined) target.chown = chown;
  const chmod = flagString(flags, 'chmod');
  if (chmod !== undefined) target.chmod = chmod;
  const link = flagBool(flags, 'link');
  if (link !== undefined) target.link = link;
  const exclude = flagList(flags, 'exclude');
  if (exclude) target.exclude = exclude.map((e) => e.value!);
}

function readPaths(keyword: string, flags: ReadFlags, ctx: InstructionContext): { sources: [FileSource, ...FileSource[]]; destination: string } | undefined {
  const json = parseJsonArray(flags.rest);
  let items: FileSource[] | undefined;
  if (json !== undefined) {
    items = json;
  } else {
    reportVariableSyntax(flags.rest, flags.restOffset, ctx);
    const words = splitWords(flags.rest, flags.restOffset, ctx.escape, ctx.unclosedQuote);
    if (flags.rest.indexOf('<<') < 0) {
      items = [];
      for (const word of words) items.push(unquoteWord(word, ctx.escape));
    } else {
      items = withHeredocs(keyword, words, ctx);
      if (!items) return undefined;
    }
  }
  if (items.length < 2) {
    ctx.report('DSL5004', `${keyword} requires at least two arguments: a source and a destination`, flags.restOffset);
    return undefined;
  }
  const destination = items.pop() as string;
  return { sources: items as [FileSource, ...FileSource[]], destination };
}

/** The paths of a line that may name heredocs (`COPY <<EOF /dst`), their bodies read. */
function withHeredocs(keyword: string, words: RawWord[], ctx: InstructionContext): FileSource[] | undefined {
  const markers: HeredocMarker[] = [];
  const slots: Array<string | number> = words.map((word) => {
    const marker = heredocMarkerOf(word);
    if (!marker) return unquoteWord(word, ctx.escape);
    markers.push(marker);
    return markers.length - 1;
  });
  const docs = markers.length > 0 ? ctx.readHeredocs(markers) : [];
  if (!docs) return undefined;
  if (typeof slots.at(-1) === 'number') {
    ctx.report('DSL5021', `${keyword} cannot accept a heredoc as a destination`, markers.at(-1)!.offset);
    return undefined;
  }
  return slots.map((slot) => (typeof slot === 'number' ? { heredoc: docs[slot]! } : slot));
}
