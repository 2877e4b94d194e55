/**
 * A `$name` or `${name…}` reference in builder-expanded text.
 *
 * @example
 * variableRefs('${BASE:-alpine}:$TAG'); // [{ name: 'BASE', guarded: true }, { name: 'TAG', guarded: false }]
 */
export interface VariableRef {
  name: string;
  /** Has a default or alternative (`${v:-x}`, `${v-x}`, `${v:+x}`, `${v?msg}`), so an unset value is handled. */
  guarded: boolean;
  /** The default after `:-` or `-`, if any. */
  fallback?: string;
}

const reference = /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The variables a builder-expanded value refers to; `\$` is a literal dollar.
 *
 * @example
 * variableRefs('\\$HOME $PATH').map((r) => r.name); // ['PATH']
 */
export function variableRefs(text: string): VariableRef[] {
  if (!text.includes('$')) return [];
  const refs: VariableRef[] = [];
  for (const match of text.matchAll(reference)) {
    if (match[0] === '\\$') continue;
    const name = match[1] ?? match[4]!;
    const modifier = match[2];
    const ref: VariableRef = { name, guarded: modifier !== undefined };
    if (modifier === ':-' || modifier === '-') ref.fallback = match[3] ?? '';
    refs.push(ref);
    if (match[3]) refs.push(...variableRefs(match[3]));
  }
  return refs;
}

/**
 * Replaces variable references by their values (`${v:-x}` forms included); unknown names
 * become empty, as Docker expands them.
 *
 * @example
 * expandVariables('alpine:${TAG:-3.20}', new Map()); // 'alpine:3.20'
 */
export function expandVariables(text: string, values: ReadonlyMap<string, string | undefined>): string {
  return text.replace(reference, (whole, braced?: string, modifier?: string, word?: string, plain?: string) => {
    if (whole === '\\$') return '$';
    const value = values.get((braced ?? plain)!);
    switch (modifier) {
      case ':-': return value ? value : expandVariables(word ?? '', values);
      case '-': return value !== undefined ? value : expandVariables(word ?? '', values);
      case ':+': return value ? expandVariables(word ?? '', values) : '';
      case '+': return value !== undefined ? expandVariables(word ?? '', values) : '';
      default: return value ?? '';
    }
  });
}

/** Build arguments Docker provides without an ARG line (proxy settings). */
export const predefinedArgs = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

/** Arguments BuildKit sets in the global scope; a stage must redeclare them with `ARG NAME`. */
export const automaticPlatformArgs = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETSTAGE', 'BUILDOSVERSION', 'TARGETOSVERSION'];

/** Variables every Linux image has in its environment. */
export const defaultEnvironment = ['PATH', 'HOME', 'HOSTNAME'];
