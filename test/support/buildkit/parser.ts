// A reading of BuildKit's Dockerfile parser (frontend/dockerfile/parser: parser.go,
// split_command.go, directives.go), written for tests. It turns text into the same nodes:
// instruction, builder flags, arguments as each instruction's line parser splits them, heredocs.
import { ShellLexer, emptyEnv } from './shell-lexer.js';
import { parseArguments, type Arguments } from './line-parsers.js';

/** A heredoc as the parser reads it. */
export interface HeredocNode {
  name: string;
  expand: boolean;
  chomp: boolean;
  content: string;
}

/** One instruction as the parser reads it. */
export interface InstructionNode {
  /** The keyword as written. */
  command: string;
  /** The logical line (continuations joined). */
  original: string;
  /** Builder flags, each `--name=value` after the flag scanner. */
  flags: string[];
  /** The arguments, as the instruction's line parser splits them. */
  args: Arguments;
  heredocs: HeredocNode[];
  /** ONBUILD's inner instruction. */
  child?: InstructionNode;
}

/** What `parseDockerfile` returns. */
export interface ParsedDockerfile {
  escapeToken: string;
  directives: Record<string, string>;
  instructions: InstructionNode[];
}

/** BuildKit's line scanner holds 64 KiB, newline included. */
const maxLineBytes = 64 * 1024 - 1;
const goSpaceClass = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const leadingSpace = new RegExp(`^[${goSpaceClass}]+`, 'u');
const edgeSpace = new RegExp(`^[${goSpaceClass}]+|[${goSpaceClass}]+$`, 'gu');
/** Go's strings.TrimSpace. */
export const trimSpace = (text: string): string => text.replace(edgeSpace, '');
const trimLeft = (text: string): string => text.replace(leadingSpace, '');
const trimNewline = (text: string): string => text.replace(/[\r\n]+$/, '');
const isComment = (line: string): boolean => trimLeft(line).startsWith('#');
const directivePattern = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/s;
const heredocPattern = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/s;

class Directives {
  escapeToken = '\\';
  continuation = continuationPattern('\\');
  readonly seen: Record<string, string> = {};
  private done = false;

  parseLine(line: string): boolean {
    if (this.done) return false;
    if (!line.startsWith('#')) return (this.done = true) && false;
    const match = directivePattern.exec(trimLeft(line.slice(1)));
    const key = match?.[1]!.toLowerCase();
    if (!match || !key || !['syntax', 'escape', 'check'].includes(key)) return (this.done = true) && false;
    if (key in this.seen) throw new Error(`only one ${key} parser directive can be used`);
    this.seen[key] = match[2]!;
    if (key === 'escape') {
      if (match[2] !== '`' && match[2] !== '\\') throw new Error(`invalid escape token '${match[2]}' does not match \` or \\`);
      this.escapeToken = match[2];
      this.continuation = continuationPattern(match[2]);
    }
    return true;
  }
}

function continuationPattern(token: string): RegExp {
  const e = token === '\\' ? '\\\\' : token;
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`, 'su');
}

/** Lines as BuildKit's scanner gives them: split after each `\n`, which stays on the line. */
function scanLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end + 1;
    const line = text.slice(start, stop);
    if (Buffer.byteLength(trimNewlineOnce(line)) > maxLineBytes) throw new Error(`dockerfile line greater than max allowed size of ${maxLineBytes}`);
    lines.push(line);
    start = stop;
  }
  return lines;
}
const trimNewlineOnce = (line: string): string => (line.endsWith('\n') ? line.slice(0, -1) : line);

/**
 * Parses Dockerfile text the way BuildKit's parser does; throws what BuildKit would reject.
 *
 * @example
 * parseDockerfile('FROM busybox\n').instructions[0]!.command; // 'FROM'
 */
export function parseDockerfile(text: string): ParsedDockerfile {
  const d = new Directives();
  const lines = scanLines(text);
  const instructions: InstructionNode[] = [];
  const processLine = (raw: string, stripLeft: boolean): string => {
    let token = trimNewline(raw);
    if (stripLeft) token = trimLeft(token);
    d.parseLine(token);
    return isComment(token) ? '' : token;
  };
  const trimContinuation = (line: string): [string, boolean] => (d.continuation.test(line) ? [line.replace(d.continuation, '$1'), false] : [line, true]);
  for (let n = 0; n < lines.length; n++) {
    let first = lines[n]!;
    if (n === 0 && first.startsWith('\uFEFF')) first = first.slice(1);
    let [read, isEnd] = trimContinuation(processLine(first, true));
    if (isEnd && read.length === 0) continue;
    let line = read;
    while (!isEnd && n + 1 < lines.length) {
      const raw = lines[++n]!;
      const next = processLine(raw, false);
      if (isComment(raw)) continue;
      if (trimLeft(trimNewline(next)).length === 0) continue;
      [read, isEnd] = trimContinuation(next);
      line += read;
    }
    const node = nodeFromLine(line, d);
    if (canContainHeredoc(node) && line.includes('<<')) {
      for (const doc of heredocsFromLine(line)) {
        let content = '';
        let terminated = false;
        while (n + 1 < lines.length) {
          const raw = lines[++n]!;
          let candidate = trimNewline(raw);
          if (doc.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === doc.name) {
            terminated = true;
            break;
          }
          content += raw;
        }
        if (!terminated) throw new Error('unterminated heredoc');
        node.heredocs.push({ ...doc, content });
      }
    }
    instructions.push(node);
  }
  if (instructions.length === 0) throw new Error('file with no instructions');
  return { escapeToken: d.escapeToken, directives: d.seen, instructions };
}

function nodeFromLine(line: string, d: Directives): InstructionNode {
  const [command, rest] = splitCommand(line);
  const { args: text, flags } = rest === undefined ? { args: '', flags: [] } : extractBuilderFlags(rest, d.escapeToken);
  const argsText = trimSpace(text);
  const keyword = command.toLowerCase();
  const node: InstructionNode = { command, original: line, flags, args: parseArguments(keyword, argsText, d.escapeToken), heredocs: [] };
  if (keyword === 'onbuild' && argsText !== '') node.child = nodeFromLine(argsText, d);
  return node;
}

function splitCommand(line: string): [string, string | undefined] {
  const trimmed = trimSpace(line);
  const match = /[\t\v\f\r ]+/.exec(trimmed);
  return match ? [trimmed.slice(0, match.index), trimmed.slice(match.index + match[0].length)] : [trimmed, undefined];
}

const byteIsSpace = (b: number): boolean => (b >= 9 && b <= 13) || b === 32 || b === 0x85 || b === 0xa0;

/**
 * BuildKit's builder-flag scanner. It walks bytes, not characters: each byte of a multi-byte
 * character is written as a character of its own, as Go's `rune(line[pos])` does.
 */
export function extractBuilderFlags(line: string, escapeToken: string): { args: string; flags: string[] } {
  const bytes = Buffer.from(line, 'utf8');
  const esc = escapeToken.charCodeAt(0);
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = 0;
  let blankOk = false;
  for (let pos = 0; pos <= bytes.length; pos++) {
    let ch = pos < bytes.length ? bytes[pos]! : -1;
    if (phase === 'spaces') {
      if (pos === bytes.length) break;
      if (byteIsSpace(ch)) continue;
      if (ch !== 0x2d || pos + 1 === bytes.length || bytes[pos + 1] !== 0x2d) return { args: bytes.subarray(pos).toString('utf8'), flags: words };
      phase = 'word';
    }
    if (pos === bytes.length) {
      if (word !== '--' && (blankOk || word.length > 0)) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (byteIsSpace(ch)) {
        phase = 'spaces';
        if (word === '--') return { args: bytes.subarray(pos).toString('utf8'), flags: words };
        if (blankOk || word.length > 0) words.push(word);
        word = '';
        blankOk = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOk = true;
        phase = 'quote';
        continue;
      }
      if (ch === esc) {
        if (pos + 1 === bytes.length) continue;
        ch = bytes[++pos]!;
      }
      word += String.fromCharCode(ch);
      continue;
    }
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === esc) {
      if (pos + 1 === bytes.length) {
        phase = 'word';
        continue;
      }
      ch = bytes[++pos]!;
    }
    word += String.fromCharCode(ch);
  }
  return { args: '', flags: words };
}

function canContainHeredoc(node: InstructionNode): boolean {
  const target = node.command.toLowerCase() === 'onbuild' && node.child ? node.child : node;
  return ['add', 'copy', 'run'].includes(target.command.toLowerCase()) && !target.args.json;
}

function heredocsFromLine(line: string): Array<Omit<HeredocNode, 'content'>> {
  const lexer = new ShellLexer('\\', { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true });
  let words: string[];
  try {
    words = lexer.processWords(line, emptyEnv);
  } catch {
    words = [];
  }
  return words.flatMap((word) => {
    const doc = parseHeredoc(word);
    return doc ? [doc] : [];
  });
}

/**
 * A heredoc marker word (`<<EOF`, `<<-"EOF"`) as BuildKit reads it, or undefined.
 *
 * @example
 * parseHeredoc('<<"EOF"'); // { name: 'EOF', expand: false, chomp: false }
 */
export function parseHeredoc(word: string): Omit<HeredocNode, 'content'> | undefined {
  const match = heredocPattern.exec(word);
  if (!match || match[3]!.length === 0) return undefined;
  const rest = match[3]!;
  const plain = new ShellLexer('\\', { skipUnsetEnv: true }).processWords(rest, emptyEnv);
  if (plain.length !== 1) return undefined;
  const raw = new ShellLexer('\\', { skipUnsetEnv: true, rawQuotes: true }).processWords(rest, emptyEnv);
  if (raw.length !== plain.length) throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`);
  const quotes = (text: string): number => (text.match(/['"]/g) ?? []).length;
  return { name: plain[0]!, expand: quotes(plain[0]!) === quotes(raw[0]!), chomp: match[2] === '-' };
}
