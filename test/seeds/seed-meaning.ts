import { DockerfileParser, type Instruction } from 'dockerfile-ast';

/** What one instruction means, independent of quoting, flag spelling and line continuations. */
export interface Meaning {
  keyword: string;
  flags: string[];
  args: unknown;
}

const propertyKeywords = new Set(['ENV', 'LABEL', 'ARG']);
const pathKeywords = new Set(['COPY', 'ADD', 'VOLUME']);

function jsonOrUndefined(text: string): unknown {
  if (!text.trimStart().startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function meaningOf(i: Instruction): Meaning {
  const keyword = i.getKeyword();
  const withFlags = i as Instruction & { getFlags?: () => Array<{ getName(): string; getValue(): string | null }> };
  const flags = (withFlags.getFlags?.() ?? []).map((f) => `${f.getName()}=${f.getValue() ?? ''}`);
  const text = (i.getArgumentsContent() ?? '').replace(/\s+/g, ' ').trim();
  const withProperties = i as Instruction & { getProperties?: () => Array<{ getName(): string; getValue(): string | null }> };
  if (propertyKeywords.has(keyword) && withProperties.getProperties) {
    return { keyword, flags, args: withProperties.getProperties().map((p) => [p.getName(), p.getValue()]) };
  }
  const json = jsonOrUndefined(text);
  if (pathKeywords.has(keyword)) return { keyword, flags, args: json ?? text.split(' ') };
  return { keyword, flags, args: json ?? text };
}

/**
 * Reads Dockerfile text with dockerfile-ast and returns what each instruction means: keyword,
 * flags, and arguments (properties for ENV/LABEL/ARG, parsed JSON for exec form and JSON
 * paths, white space — including RUN continuations — collapsed otherwise).
 *
 * @example
 * meanings('FROM a\nLABEL k="v"\n'); // [{ keyword: 'FROM', … }, { keyword: 'LABEL', args: [['k', 'v']] }]
 */
export function meanings(text: string): Meaning[] {
  return DockerfileParser.parse(text).getInstructions().map(meaningOf);
}
