import type { Image } from '../image/image.js';
/**
 * A `$name` or `${name…}` reference in builder-expanded text.
 *
 * @example
 * variableRefs('${BASE:-alpine}:$TAG'); // [{ name: 'BASE', guarded: true, fallback: 'alpine' }, { name: 'TAG', guarded: false }]
 */
export interface VariableRef {
  name: string;
  /** Has a default or alternative (`${v:-x}`, `${v-x}`, `${v:+x}`, `${v?msg}`), so an unset value is handled. */
  guarded: boolean;
  /** The default after `:-` or `-`, if any. */
  fallback?: string;
}

interface Token {
  name: string;
  modifier?: string;
  /** Where the word after the modifier starts and ends (`end - 1` is the closing brace). */
  wordStart?: number;
  start: number;
  end: number;
}

/**
 * Scans `$name` and `${name<modifier><word>}` with nested braces in `text[from, to)`; `\$` is a
 * literal dollar. `closes` (from `braceMatches`) gives each `{` its `}`, so words are read in
 * place and nesting stays linear.
 */
function scan(text: string, from: number, to: number, closes: Int32Array): Token[] {
  const tokens: Token[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      i++;
      continue;
    }
    if (c !== 0x24 /* $ */) continue;
    if (text.charCodeAt(i + 1) === 0x7b /* { */) {
      const nameEnd = nameEndAt(text, i + 2);
      if (nameEnd === i + 2) continue;
      // An optional modifier: `-`, `+`, `?`, each possibly after `:`.
      let j = nameEnd;
      if (text.charCodeAt(j) === 0x3a /* : */ && isModifier(text.charCodeAt(j + 1))) j += 2;
      else if (isModifier(text.charCodeAt(j))) j += 1;
      const close = closes[i + 1]!;
      if (close < 0 || close >= to) continue;
      const token: Token = { name: text.slice(i + 2, nameEnd), start: i, end: close + 1 };
      if (j > nameEnd) {
        token.modifier = text.slice(nameEnd, j);
        token.wordStart = j;
      }
      tokens.push(token);
      i = close;
    } else {
      const nameEnd = nameEndAt(text, i + 1);
      if (nameEnd === i + 1) continue;
      tokens.push({ name: text.slice(i + 1, nameEnd), start: i, end: nameEnd });
      i = nameEnd - 1;
    }
  }
  return tokens;
}

/**
 * For each `{`, the index of the `}` that closes it (-1 when none does), counting every brace and
 * skipping the character after a backslash, in one pass.
 */
function braceMatches(text: string): Int32Array {
  const closes = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x7b) open.push(i);
    else if (c === 0x7d && open.length > 0) closes[open.pop()!] = i;
  }
  return closes;
}

/** Where a name (`[A-Za-z_][A-Za-z0-9_]*`) starting at `from` ends; `from` when there is none. */
function nameEndAt(text: string, from: number): number {
  const first = text.charCodeAt(from);
  if (!(isLetter(first) || first === 0x5f)) return from;
  let end = from + 1;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (!(isLetter(c) || c === 0x5f || (c >= 0x30 && c <= 0x39))) break;
  }
  return end;
}

function isLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

function isModifier(c: number): boolean {
  return c === 0x2d /* - */ || c === 0x2b /* + */ || c === 0x3f /* ? */;
}

/**
 * The variables a builder-expanded value refers to (those in `${v:-…}` words included).
 *
 * @example
 * variableRefs('\\$HOME $PATH').map((r) => r.name); // ['PATH']
 */
export function variableRefs(text: string): VariableRef[] {
  if (!text.includes('$')) return [];
  const refs: VariableRef[] = [];
  collectRefs(text, 0, text.length, braceMatches(text), refs);
  return refs;
}

function collectRefs(text: string, from: number, to: number, closes: Int32Array, refs: VariableRef[]): void {
  for (const token of scan(text, from, to, closes)) {
    const ref: VariableRef = { name: token.name, guarded: token.modifier !== undefined };
    if (token.modifier === ':-' || token.modifier === '-') ref.fallback = text.slice(token.wordStart, token.end - 1);
    refs.push(ref);
    if (token.wordStart !== undefined && token.wordStart < token.end - 1) collectRefs(text, token.wordStart, token.end - 1, closes, refs);
  }
}

/**
 * Replaces variable references by their values (`${v:-x}` forms included); unknown names
 * become empty, as Docker expands them.
 *
 * @example
 * expandVariables('alpine:${TAG:-3.20}', new Map()); // 'alpine:3.20'
 */
export function expandVariables(text: string, values: ReadonlyMap<string, string | undefined>): string {
  if (!text.includes('$')) return text;
  return expandRange(text, 0, text.length, braceMatches(text), values);
}

function expandRange(text: string, from: number, to: number, closes: Int32Array, values: ReadonlyMap<string, string | undefined>): string {
  let out = '';
  let at = from;
  for (const token of scan(text, from, to, closes)) {
    out += text.slice(at, token.start);
    at = token.end;
    const value = values.get(token.name);
    const word = (): string => (token.wordStart === undefined ? '' : expandRange(text, token.wordStart, token.end - 1, closes, values));
    switch (token.modifier) {
      case ':-': out += value ? value : word(); break;
      case '-': out += value !== undefined ? value : word(); break;
      case ':+': out += value ? word() : ''; break;
      case '+': out += value !== undefined ? word() : ''; break;
      default: out += value ?? '';
    }
  }
  return (out + text.slice(at, to)).replace(/\\\$/g, '$');
}

/** Build arguments Docker provides without an ARG line (proxy settings). */
export const predefinedArgs = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

/** Arguments BuildKit sets in the global scope; a stage must redeclare them with `ARG NAME`. */
export const automaticPlatformArgs = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETSTAGE', 'BUILDOSVERSION', 'TARGETOSVERSION'];

/** Variables every Linux image has in its environment. */
export const defaultEnvironment = ['PATH', 'HOME', 'HOSTNAME'];

/**
 * The environment of well-known base images (by repository name), so UndefinedVariable can be
 * sure on them as BuildKit is with the real image config. Other images are treated as unknown.
 */
export const baseImageEnvironments: Record<string, readonly string[]> = {
  alpine: [], busybox: [], debian: [], ubuntu: [], fedora: [], centos: [], rockylinux: [], almalinux: [], archlinux: [],
  golang: ['GOLANG_VERSION', 'GOPATH', 'GOTOOLCHAIN'],
  node: ['NODE_VERSION', 'YARN_VERSION'],
  python: ['PYTHON_VERSION', 'PYTHON_SHA256', 'GPG_KEY', 'LANG'],
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  ruby: ['LANG', 'RUBY_VERSION', 'RUBY_DOWNLOAD_SHA256', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG'],
};

/**
 * True when the image declares `name` as a global ARG (before the first FROM).
 *
 * @example
 * isGlobalArg({ name: 'api', args: [{ name: 'VERSION' }], stages: [] }, 'VERSION'); // true
 */
export function isGlobalArg(image: Image, name: string): boolean {
  return image.args?.some((arg) => arg.name === name) ?? false;
}
