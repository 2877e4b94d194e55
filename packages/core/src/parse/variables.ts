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

/** A reference that cannot be read, with the offset of its `$`. */
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
  const references: VariableReference[] = [];
  const problems: VariableProblem[] = [];
  let single = false;
  let double = false;
  for (let i = 0; i < text.length; i++) {
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
      const end = readReference(text, i, escape, references, problems);
      i = end - 1;
    }
  }
  return { references, problems };
}

function readReference(text: string, at: number, escape: string, references: VariableReference[], problems: VariableProblem[]): number {
  const next = text[at + 1];
  if (next === undefined) return at + 1;
  if (next !== '{') {
    if (!nameStart.test(next)) return at + 1;
    let j = at + 2;
    while (j < text.length && nameChar.test(text[j]!)) j++;
    references.push({ name: text.slice(at + 1, j), offset: at, length: j - at });
    return j;
  }
  let j = at + 2;
  while (j < text.length && nameChar.test(text[j]!)) j++;
  const name = text.slice(at + 2, j);
  const close = matchingBrace(text, j, escape);
  if (close < 0) {
    problems.push({ message: `missing '}' in variable reference '${text.slice(at, Math.min(text.length, at + 24))}'`, offset: at });
    return text.length;
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
    const inner = variableReferences(ref.word, escape);
    const shift = j + modifier.length;
    for (const r of inner.references) references.push({ ...r, offset: r.offset + shift });
    for (const p of inner.problems) problems.push({ ...p, offset: p.offset + shift });
  }
  references.push(ref);
  return close + 1;
}

function matchingBrace(text: string, from: number, escape: string): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === escape) i++;
    else if (ch === '{' && text[i - 1] === '$') depth++;
    else if (ch === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
