/**
 * A `$NAME` or `${NAME…}` reference in Dockerfile text.
 *
 * @example
 * const ref: VariableReference = { name: 'NODE_VERSION', modifier: ':-', word: '22', offset: 6, length: 20 };
 */
export interface VariableReference {
  name: string;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?`, or (pre-release syntax) `#`, `##`, `%`, `%%`, `/`, `//`. */
  modifier?: string;
  /** The text after the modifier (may itself hold references). */
  word?: string;
  offset: number;
  length: number;
}

/**
 * A reference that cannot be read, with the offset of its `$`.
 *
 * @example
 * const { problems } = variableReferences('${NAME:?}', '\\');
 * problems.map((p: VariableProblem) => p.message);
 */
export interface VariableProblem {
  message: string;
  offset: number;
}

/**
 * Whether a plain `$NAME` or `${NAME}` (no modifier) starts at `at`; such a reference can be
 * neither a problem nor a literal dollar, so callers skip the full reader for it.
 *
 * @example
 * isPlainReference('a ${B} c', 2); // true
 * isPlainReference('${B:-x}', 0); // false
 */
export function isPlainReference(text: string, at: number): boolean {
  const c = text.charCodeAt(at + 1);
  if (isNameStart(c)) return true;
  if (c !== 0x7b /* { */ || !isNameStart(text.charCodeAt(at + 2))) return false;
  let j = at + 3;
  while (isNameStart(text.charCodeAt(j)) || isDigit(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === 0x7d /* } */;
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const modifiers = [':-', ':+', ':?', '##', '%%', '//', '-', '+', '?', '#', '%', '/'];
const nameStart = /[A-Za-z_]/;
const nameChar = /[A-Za-z0-9_]/;

/**
 * Finds the variable references of text the builder expands (ENV, LABEL, COPY, FROM, …) as
 * BuildKit's `shell/lex.go` reads them: `\$` (with the file's escape token) and single quotes
 * are literal; `${` without a closing brace or with an unknown modifier is a problem.
 *
 * @example
 * variableReferences('/opt/${APP:-api}/bin:$PATH', '\\').references.map((r) => r.name); // ['APP', 'PATH']
 */
export function variableReferences(text: string, escape: string): { references: VariableReference[]; problems: VariableProblem[] } {
  const found = { references: [] as VariableReference[], problems: [] as VariableProblem[] };
  if (text.includes('$')) collect(text, 0, text.length, escape, braceMatches(text, escape), found);
  return found;
}

interface Found {
  references: VariableReference[];
  problems: VariableProblem[];
}

/** Reads the references in `text[start, end)`; words of `${v:-word}` are read in place, not copied. */
function collect(text: string, start: number, end: number, escape: string, closes: Int32Array, found: Found): void {
  let single = false;
  let double = false;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (single) {
      if (ch === "'") single = false;
      continue;
    }
    if (ch === escape) {
      i++;
    } else if (ch === "'" && !double) {
      single = true;
    } else if (ch === '"') {
      double = !double;
    } else if (ch === '$') {
      i = readReference(text, i, end, escape, closes, found) - 1;
    }
  }
}

function readReference(text: string, at: number, end: number, escape: string, closes: Int32Array, { references, problems }: Found): number {
  if (at + 1 >= end) return at + 1;
  const next = text[at + 1]!;
  if (next !== '{') {
    if (!nameStart.test(next)) return at + 1;
    let j = at + 2;
    while (j < end && nameChar.test(text[j]!)) j++;
    references.push({ name: text.slice(at + 1, j), offset: at, length: j - at });
    return j;
  }
  let j = at + 2;
  while (j < end && nameChar.test(text[j]!)) j++;
  const name = text.slice(at + 2, j);
  const close = closes[at + 1]!;
  if (close < 0 || close >= end) {
    problems.push({ message: `missing '}' in variable reference '${text.slice(at, Math.min(end, at + 24))}'`, offset: at });
    return end;
  }
  if (name === '' || !nameStart.test(name[0]!)) {
    problems.push({ message: `bad variable name in '${text.slice(at, close + 1)}'`, offset: at });
    return close + 1;
  }
  const ref: VariableReference = { name, offset: at, length: close + 1 - at };
  if (j < close) {
    const modifier = modifiers.find((m) => text.startsWith(m, j));
    if (modifier === undefined) {
      problems.push({ message: `unsupported modifier (${text[j]}) in substitution '${text.slice(at, close + 1)}'`, offset: at });
      return close + 1;
    }
    ref.modifier = modifier;
    ref.word = text.slice(j + modifier.length, close);
    collect(text, j + modifier.length, close, escape, closes, { references, problems });
  }
  references.push(ref);
  return close + 1;
}

/**
 * For each `{` of a `${`, the index of the `}` that closes it (-1 when none does), in one pass:
 * finding each closing brace by scanning ahead made nested defaults quadratic. The escape
 * character hides the character after it; a `{` counts when a `$` stands before it.
 */
function braceMatches(text: string, escape: string): Int32Array {
  const closes = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === escape) i++;
    else if (ch === '{' && text[i - 1] === '$') open.push(i);
    else if (ch === '}' && open.length > 0) closes[open.pop()!] = i;
  }
  return closes;
}
