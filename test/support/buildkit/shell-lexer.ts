// A reading of BuildKit's shell lexer (frontend/dockerfile/shell/lex.go), written for tests: it
// follows the same rules character by character so a test can tell what value BuildKit makes of
// a word without running BuildKit. Variables are looked up through `Env`.

/** Looks a variable up: its value, or `undefined` when unset. */
export type Env = (name: string) => string | undefined;

/** No variable is set. */
export const emptyEnv: Env = () => undefined;

/**
 * Every variable is set to its own reference, `${NAME}`: what the oracle used for the committed
 * goldens prints, and what keeps a reference visible in the value read back.
 *
 * @example
 * new ShellLexer('\\').processWord('$HOME/x', symbolicEnv); // '${HOME}/x'
 */
export const symbolicEnv: Env = (name) => '${' + name + '}';

/** Options of the lexer, as BuildKit's `Lex` fields. */
export interface LexerOptions {
  rawQuotes?: boolean;
  rawEscapes?: boolean;
  skipUnsetEnv?: boolean;
}

const EOF = '';
// Go's unicode.IsSpace.
const isSpace = (ch: string): boolean => /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u.test(ch);
const isLetter = (ch: string): boolean => /^\p{L}$/u.test(ch);
const isDigit = (ch: string): boolean => /^\p{Nd}$/u.test(ch);
const isSpecialParam = (ch: string): boolean => '@*#?-$!0'.includes(ch) && ch !== '';
// text/scanner's whitespace set (GoWhitespace), used after `<<`.
const isScannerWhitespace = (ch: string): boolean => ch === '\t' || ch === '\n' || ch === '\r' || ch === ' ';

class Scanner {
  private readonly chars: string[];
  private pos = 0;
  constructor(text: string) {
    this.chars = Array.from(text);
    // text/scanner drops a byte-order mark at the very start.
    if (this.chars[0] === '\uFEFF') this.pos = 1;
  }
  peek(): string {
    return this.chars[this.pos] ?? EOF;
  }
  next(): string {
    const ch = this.chars[this.pos] ?? EOF;
    if (ch !== EOF) this.pos++;
    return ch;
  }
}

class Words {
  buf = '';
  words: string[] = [];
  inWord = false;
  addChar(ch: string): void {
    if (isSpace(ch) && this.inWord) {
      if (this.buf.length !== 0) {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else if (!isSpace(ch)) {
      this.addRawChar(ch);
    }
  }
  addRawChar(ch: string): void {
    this.buf += ch;
    this.inWord = true;
  }
  addString(text: string): void {
    for (const ch of text) this.addChar(ch);
  }
  addRawString(text: string): void {
    this.buf += text;
    this.inWord = true;
  }
  get(): string[] {
    if (this.buf.length > 0) {
      this.words.push(this.buf);
      this.buf = '';
      this.inWord = false;
    }
    return this.words;
  }
}

/**
 * BuildKit's word lexer: quotes, the escape token and `$` expansions, as `ProcessWord` (one word,
 * white space kept) and `ProcessWords` (split on white space).
 *
 * @example
 * new ShellLexer('\\').processWord('"a b"', emptyEnv); // 'a b'
 */
export class ShellLexer {
  private scanner = new Scanner('');
  private env: Env = emptyEnv;
  private rawEscapes: boolean;

  constructor(
    private readonly escapeToken: string,
    private readonly options: LexerOptions = {},
  ) {
    this.rawEscapes = options.rawEscapes ?? false;
  }

  /** The value of one word. */
  processWord(word: string, env: Env): string {
    return this.run(word, env)[0];
  }

  /** The words of a text. */
  processWords(word: string, env: Env): string[] {
    return this.run(word, env)[1];
  }

  private run(word: string, env: Env): [string, string[]] {
    this.scanner = new Scanner(word);
    this.env = env;
    this.rawEscapes = this.options.rawEscapes ?? false;
    return this.processStopOn(EOF, this.rawEscapes);
  }

  private processStopOn(stopChar: string, rawEscapes: boolean): [string, string[]] {
    let result = '';
    const words = new Words();
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      while (this.scanner.peek() !== EOF) {
        const ch = this.scanner.peek();
        if (stopChar !== EOF && ch === stopChar) {
          this.scanner.next();
          return [result, words.get()];
        }
        if (ch === '$' || ch === '<' || ch === "'" || ch === '"') {
          const tmp = ch === '$' ? this.processDollar() : ch === '<' ? this.processPossibleHeredoc() : ch === "'" ? this.processSingleQuote() : this.processDoubleQuote();
          result += tmp;
          if (ch === '$') words.addString(tmp);
          else words.addRawString(tmp);
          continue;
        }
        let next = this.scanner.next();
        if (next === this.escapeToken) {
          if (this.rawEscapes) {
            words.addRawChar(next);
            result += next;
          }
          next = this.scanner.next();
          if (next === EOF) break;
          words.addRawChar(next);
        } else {
          words.addChar(next);
        }
        result += next;
      }
      if (stopChar !== EOF) throw new Error(`unexpected end of statement while looking for matching ${stopChar}`);
      return [result, words.get()];
    } finally {
      this.rawEscapes = saved;
    }
  }

  private processSingleQuote(): string {
    let result = '';
    const open = this.scanner.next();
    if (this.options.rawQuotes) result += open;
    for (;;) {
      const ch = this.scanner.next();
      if (ch === EOF) throw new Error('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") {
        if (this.options.rawQuotes) result += ch;
        return result;
      }
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    const open = this.scanner.next();
    if (this.options.rawQuotes) result += open;
    for (;;) {
      const peek = this.scanner.peek();
      if (peek === EOF) throw new Error('unexpected end of statement while looking for matching double-quote');
      if (peek === '"') {
        const ch = this.scanner.next();
        if (this.options.rawQuotes) result += ch;
        return result;
      }
      if (peek === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.scanner.next();
      if (ch === this.escapeToken) {
        if (this.rawEscapes) result += ch;
        const after = this.scanner.peek();
        if (after === EOF) continue;
        if (after === '"' || after === '$' || after === this.escapeToken) ch = this.scanner.next();
      }
      result += ch;
    }
  }

  private getEnv(name: string): string | undefined {
    return this.env(name);
  }

  private processDollar(): string {
    this.scanner.next();
    if (this.scanner.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && this.options.skipUnsetEnv) return '$' + name;
      return value ?? '';
    }
    this.scanner.next();
    const first = this.scanner.peek();
    if (first === EOF) throw new Error("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new Error('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.scanner.next();
    let chs = ch;
    let nullIsUnset = false;
    if (ch === '}') {
      const value = this.getEnv(name);
      if (value === undefined && this.options.skipUnsetEnv) return '${' + name + '}';
      return value ?? '';
    }
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.scanner.next();
      chs += ch;
    }
    if (ch === ':' || ch === '+' || ch === '-' || ch === '?' || ch === '#' || ch === '%' || nullIsUnset) {
      const raw = ch === '#' || ch === '%';
      if (nullIsUnset && raw) throw new Error(`unsupported modifier (${chs}) in substitution`);
      let word: string;
      try {
        word = this.processStopOn('}', raw)[0];
      } catch (error) {
        if (this.scanner.peek() === EOF) throw new Error("syntax error: missing '}'");
        throw error;
      }
      const value = this.getEnv(name);
      const set = value !== undefined;
      if (this.options.skipUnsetEnv && !set) return '${' + name + chs + word + '}';
      const v = value ?? '';
      switch (ch) {
        case '-':
          return !set || (nullIsUnset && v === '') ? word : v;
        case '+':
          return !set || (nullIsUnset && v === '') ? '' : word;
        case '?':
          if (!set) throw new Error(`${name}: ${word || 'is not allowed to be unset'}`);
          if (nullIsUnset && v === '') throw new Error(`${name}: ${word || 'is not allowed to be empty'}`);
          return v;
        case '%':
        case '#': {
          let pattern = word;
          let greedy = false;
          if (pattern.length > 0 && pattern[0] === ch) {
            greedy = true;
            pattern = pattern.slice(1);
          }
          return ch === '%' ? trimSuffix(pattern, v, greedy) : trimPrefix(pattern, v, greedy);
        }
        default:
          throw new Error(`unsupported modifier (${chs}) in substitution`);
      }
    }
    if (ch === '/') {
      const all = this.scanner.peek() === '/';
      if (all) this.scanner.next();
      let pattern: string;
      let replacement: string;
      try {
        pattern = this.processStopOn('/', true)[0];
      } catch (error) {
        if (this.scanner.peek() === EOF) throw new Error("syntax error: missing '/' in ${}");
        throw error;
      }
      try {
        replacement = this.processStopOn('}', true)[0];
      } catch (error) {
        if (this.scanner.peek() === EOF) throw new Error("syntax error: missing '}'");
        throw error;
      }
      const value = this.getEnv(name);
      if (this.options.skipUnsetEnv && value === undefined) return '${' + name + '/' + pattern + '/' + replacement + '}';
      const re = shellPatternToRegex(pattern, true, false, all);
      return (value ?? '').replace(re, () => replacement);
    }
    throw new Error(`unsupported modifier (${chs}) in substitution`);
  }

  private processName(): string {
    let name = '';
    while (this.scanner.peek() !== EOF) {
      const ch = this.scanner.peek();
      if (name.length === 0 && isDigit(ch)) {
        while (this.scanner.peek() !== EOF && isDigit(this.scanner.peek())) name += this.scanner.next();
        return name;
      }
      if (name.length === 0 && isSpecialParam(ch)) return this.scanner.next();
      if (!isLetter(ch) && !isDigit(ch) && ch !== '_') break;
      name += this.scanner.next();
    }
    return name;
  }

  private processPossibleHeredoc(): string {
    this.scanner.next();
    if (this.scanner.peek() !== '<') return '<';
    this.scanner.next();
    let space = '';
    while (isScannerWhitespace(this.scanner.peek())) space += this.scanner.next();
    return '<<' + space;
  }
}

function shellPatternToRegex(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  const chars = Array.from(pattern);
  let out = anchored ? '^' : '';
  // Go's `.` stops at a newline only.
  const star = greedy ? '[^\\n]*' : '[^\\n]*?';
  for (let i = 0; i < chars.length; i++) {
    let tok = chars[i]!;
    if (tok === '*') {
      out += star;
      continue;
    }
    if (tok === '?') {
      out += '[^\\n]';
      continue;
    }
    if (tok === '\\') {
      const peek = chars[i + 1];
      if (peek === '}' || peek === '/') continue;
      out += '\\';
      tok = chars[++i] ?? '';
      if (tok !== '*' && tok !== '?' && tok !== '\\') throw new Error(`invalid escape '\\${tok}'`);
      out += tok;
      continue;
    }
    out += /[[\]{}.+()|^$]/.test(tok) ? '\\' + tok : tok;
  }
  return new RegExp(out, global ? 'gu' : 'u');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const match = shellPatternToRegex(pattern, greedy, true).exec(value);
  return match ? value.slice(match.index + match[0].length) : value;
}

function reversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const out = new Array<string>(chars.length);
  const last = chars.length - 1;
  for (let i = 0; i <= last; ) {
    const tok = chars[i]!;
    const at = last - i;
    if (tok === '\\' && i !== last) {
      out[at - 1] = tok;
      out[at] = chars[i + 1]!;
      i += 2;
    } else {
      out[at] = tok;
      i++;
    }
  }
  return out.join('');
}

const reverse = (text: string): string => Array.from(text).reverse().join('');

function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
}
