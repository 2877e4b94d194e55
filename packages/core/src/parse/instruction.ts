import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { Instruction } from '../instructions/index.js';
import type { OnbuildTrigger } from '../instructions/onbuild.js';
import type { Stage } from '../image/stage.js';
import { reportVariableSyntax } from './variable-syntax.js';
import { parseCommand, parseHealthcheck, parseRun, parseShell } from './commands.js';
import type { InstructionContext } from './context.js';
import { parseAdd, parseCopy } from './file-transfer.js';
import { recordFlagSources } from './flag-sources.js';
import { flagString, readFlags, type FlagSpec } from './flags.js';
import { parseArg, parseEnv, parseLabel } from './key-values.js';
import { parseExpose, parseMaintainer, parseStopsignal, parseUser, parseVolume, parseWorkdir } from './simple-args.js';
import { splitWords, unquoteWord } from './words.js';

/**
 * A FROM line: the stage it starts.
 *
 * @example
 * new StageStart({ from: 'alpine:3.20', steps: [] });
 */
export class StageStart {
  constructor(readonly stage: Stage) {}
}

/**
 * What one logical line parses to: a new stage, a step of the current stage, several steps
 * (`ARG A B`), or nothing usable.
 */
export type ParsedLine = StageStart | Instruction | Instruction[] | undefined;

const keywords = ['add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label', 'maintainer', 'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir'];
const keywordsByLength: string[][] = [];
for (const keyword of keywords) (keywordsByLength[keyword.length] ??= []).push(keyword);

/**
 * The keyword of the first `end` characters of `text`, lower-cased: the known keyword they spell
 * in any ASCII case (compared in place, nothing allocated), else `toLowerCase()` of them.
 */
function keywordOf(text: string, end: number): string {
  const candidates = keywordsByLength[end];
  if (candidates) for (const keyword of candidates) if (spells(text, keyword)) return keyword;
  return text.slice(0, end).toLowerCase();
}

/** Whether `text` starts with `lower` in any ASCII case (`lower` holds only a–z). */
function spells(text: string, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) if ((text.charCodeAt(i) | 0x20) !== lower.charCodeAt(i)) return false;
  return true;
}

/**
 * Parses the instruction in `text` (keyword in any case, then its arguments) starting at
 * `offset` of the logical line. Problems become diagnostics on `ctx`; the result is
 * `undefined` when nothing usable is left.
 *
 * @example
 * parseInstructionText('copy --from=build /out /app', 0, ctx); // { kind: 'copy', … }
 */
export function parseInstructionText(text: string, offset: number, ctx: InstructionContext): ParsedLine {
  let k = 0;
  while (k < text.length && !isBlank(text.charCodeAt(k))) k++;
  let a = k;
  while (a < text.length && isBlank(text.charCodeAt(a))) a++;
  const args = text.slice(a);
  const at = offset + a;
  switch (keywordOf(text, k)) {
    case 'from': return parseFrom(args, at, ctx);
    case 'run': return parseRun(args, at, ctx);
    case 'copy': return parseCopy(args, at, ctx);
    case 'add': return parseAdd(args, at, ctx);
    case 'cmd': return parseCommand('cmd', args, at, ctx);
    case 'entrypoint': return parseCommand('entrypoint', args, at, ctx);
    case 'shell': return parseShell(args, at, ctx);
    case 'healthcheck': return parseHealthcheck(args, at, ctx);
    case 'env': return parseEnv(args, at, ctx);
    case 'label': return parseLabel(args, at, ctx);
    case 'arg': {
      const steps = parseArg(args, at, ctx);
      return steps.length === 0 ? undefined : steps.length === 1 ? steps[0] : steps;
    }
    case 'user': return parseUser(args, at, ctx);
    case 'workdir': return parseWorkdir(args, at, ctx);
    case 'expose': return parseExpose(args, at, ctx);
    case 'volume': return parseVolume(args, at, ctx);
    case 'stopsignal': return parseStopsignal(args, at, ctx);
    case 'maintainer': return parseMaintainer(args, at, ctx);
    case 'onbuild': return parseOnbuild(args, at, ctx);
    default: {
      const keyword = text.slice(0, k);
      const guess = didYouMean(keyword.toLowerCase(), keywords);
      ctx.report('DSL5001', `unknown instruction: ${keyword}`, offset, guess ? `did you mean ${guess.toUpperCase()}?` : undefined);
      return undefined;
    }
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11;
}

const fromFlags: FlagSpec = [['platform', 'string']];
const stageNamePattern = /^[a-z][a-z0-9-_.]*$/i;

/**
 * `FROM [--platform=…] image [AS name]`.
 *
 * @example
 * parseFrom('--platform=$BUILDPLATFORM golang:1.22 AS build', 5, ctx); // StageStart { stage: { from: 'golang:1.22', name: 'build', … } }
 */
export function parseFrom(args: string, offset: number, ctx: InstructionContext): ParsedLine {
  const flags = readFlags(args, offset, fromFlags, ctx);
  reportVariableSyntax(flags.rest, flags.restOffset, ctx);
  const words = splitWords(flags.rest, flags.restOffset, ctx.escape);
  if (!(words.length === 1 || (words.length === 3 && words[1]!.text.toLowerCase() === 'as'))) {
    ctx.report('DSL5004', 'FROM requires either one or three arguments: FROM image [AS name]', offset);
    if (words.length === 0) return undefined;
  }
  const stage: Stage = { from: unquoteWord(words[0]!, ctx.escape), steps: [] };
  if (words.length === 3 && words[1]!.text.toLowerCase() === 'as') {
    const name = unquoteWord(words[2]!, ctx.escape);
    if (!stageNamePattern.test(name)) ctx.report('DSL5004', `invalid stage name '${name}': it must start with a letter and hold letters, digits, -, _ and .`, words[2]!.offset);
    stage.name = name;
  }
  const platform = flagString(flags, 'platform');
  if (platform !== undefined) stage.platform = platform;
  recordFlagSources(stage, flags.all, ctx);
  return new StageStart(stage);
}

function parseOnbuild(args: string, offset: number, ctx: InstructionContext): ParsedLine {
  const inner = /^\S+/.exec(args)?.[0].toLowerCase();
  if (inner === undefined) {
    ctx.report('DSL5015', 'ONBUILD needs an instruction to run downstream', offset);
    return undefined;
  }
  if (inner === 'onbuild' || inner === 'from' || inner === 'maintainer') {
    ctx.report('DSL5015', `${inner.toUpperCase()} isn't allowed as an ONBUILD trigger`, offset);
    return undefined;
  }
  const parsed = parseInstructionText(args, offset, ctx);
  if (!parsed || parsed instanceof StageStart) return undefined;
  if (!Array.isArray(parsed)) return { kind: 'onbuild', instruction: parsed as OnbuildTrigger };
  return parsed.map((step) => ({ kind: 'onbuild', instruction: step as OnbuildTrigger }));
}
