import { parse } from 'shell-quote';

// What the shell analysis asks of shell-quote: variables kept as written.
const keepVariables = new Proxy({} as Record<string, string>, { get: (_, key) => (typeof key === 'string' ? `$${key}` : undefined) });

/**
 * shell-quote's reading of `text` with variables kept as written, or `'throws'`: the reference
 * the shell scanner's tests compare it with.
 *
 * @example
 * shellQuote('echo "$HOME"'); // ['echo', '$HOME']
 */
export function shellQuote(text: string): unknown {
  try {
    return parse(text, keepVariables);
  } catch {
    return 'throws';
  }
}
