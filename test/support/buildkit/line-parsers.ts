// A reading of BuildKit's per-instruction line parsers (frontend/dockerfile/parser/line_parsers.go),
// written for tests.

/** The arguments of one instruction after its line parser. */
export interface Arguments {
  /** Words, JSON elements or the whole text, as the parser leaves them (quotes still in words). */
  values: string[];
  /** True when the arguments were a JSON array. */
  json: boolean;
  /** ENV and LABEL: key, value and separator (`=`, or empty for the old `KEY value` form). */
  pairs?: Array<[string, string, string]>;
}

const asciiSplit = /[\t\v\f\r ]+/;
const isSpace = (ch: string): boolean => /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u.test(ch);

/**
 * Splits an instruction's argument text as BuildKit's dispatch table does for `keyword`.
 *
 * @example
 * parseArguments('env', 'A="x y"', '\\').pairs; // [['A', '"x y"', '=']]
 */
export function parseArguments(keyword: string, rest: string, escapeToken: string): Arguments {
  switch (keyword) {
    case 'add':
    case 'copy':
    case 'volume':
      return maybeJsonToList(rest);
    case 'cmd':
    case 'entrypoint':
    case 'run':
    case 'shell':
      return maybeJson(rest);
    case 'arg':
      return { values: parseWords(rest, escapeToken), json: false };
    case 'env':
    case 'label':
      return { values: [], json: false, pairs: parseNameVal(rest, keyword.toUpperCase(), escapeToken) };
    case 'expose':
    case 'from':
      return { values: whitespaceDelimited(rest), json: false };
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      return { values: rest === '' ? [] : [rest], json: false };
    case 'healthcheck':
      return healthConfig(rest);
    default:
      return { values: [], json: false };
  }
}

function whitespaceDelimited(rest: string): string[] {
  return rest === '' ? [] : rest.split(asciiSplit);
}

/** BuildKit's parseWords: words split on white space, quotes and escapes kept in the word. */
export function parseWords(rest: string, escapeToken: string): string[] {
  const chars = Array.from(rest);
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOk = false;
  let word = '';
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = chars[pos] ?? '';
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (isSpace(ch)) continue;
      phase = 'word';
    }
    if (pos === chars.length) {
      if (blankOk || word.length > 0) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (blankOk || word.length > 0) words.push(word);
        word = '';
        blankOk = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOk = true;
        phase = 'quote';
      }
      if (ch === escapeToken) {
        if (pos + 1 === chars.length) continue;
        word += ch;
        ch = chars[++pos]!;
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    if (ch === escapeToken && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      word += ch;
      ch = chars[++pos]!;
    }
    word += ch;
  }
  return words;
}

function parseNameVal(rest: string, key: string, escapeToken: string): Array<[string, string, string]> {
  const words = parseWords(rest, escapeToken);
  if (words.length === 0) return [];
  if (!words[0]!.includes('=')) {
    const match = asciiSplit.exec(rest);
    if (!match) throw new Error(`${key} must have two arguments`);
    return [[rest.slice(0, match.index), rest.slice(match.index + match[0].length), '']];
  }
  return words.map((word) => {
    const at = word.indexOf('=');
    if (at === -1) throw new Error(`Syntax error - can't find = in ${JSON.stringify(word)}. Must be of the form: name=value`);
    return [word.slice(0, at), word.slice(at + 1), '='];
  });
}

function parseJson(rest: string): string[] | undefined {
  const text = rest.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u, '');
  if (!text.startsWith('[')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  if (!parsed.every((item) => typeof item === 'string')) throw new Error('when using JSON array syntax, arrays must be comprised of strings only');
  // Go's JSON decoder turns an escaped lone surrogate into U+FFFD.
  return (parsed as string[]).map((item) => item.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
}

function maybeJson(rest: string): Arguments {
  if (rest === '') return { values: [], json: false };
  const json = parseJson(rest);
  return json ? { values: json, json: true } : { values: [rest], json: false };
}

function maybeJsonToList(rest: string): Arguments {
  const json = parseJson(rest);
  return json ? { values: json, json: true } : { values: whitespaceDelimited(rest), json: false };
}

function healthConfig(rest: string): Arguments {
  const sep = rest.search(/[\t\n\v\f\r \u0085\u00a0]/);
  if (sep === 0 || rest === '') return { values: [], json: false };
  const type = sep === -1 ? rest : rest.slice(0, sep);
  const after = sep === -1 ? '' : rest.slice(sep).replace(/^[\t\n\v\f\r \u0085\u00a0]+/, '');
  const command = maybeJson(after);
  return { values: [type, ...command.values], json: command.json };
}
