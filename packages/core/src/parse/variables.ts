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
