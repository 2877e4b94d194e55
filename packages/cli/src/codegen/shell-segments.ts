import { splitShellChain } from '@dockerdsl/core/tooling';

/**
 * Cuts a long shell command into consecutive pieces that join back to exactly the same text,
 * one per top-level part, so generated code shows one step per line: `;` ends a piece, `&&`
 * and `||` start one (the usual Dockerfile layout).
 *
 * @example
 * shellSegments('set -eux; apt-get update && apt-get install -y curl'); // ['set -eux; ', 'apt-get update ', '&& apt-get install -y curl']
 */
export function shellSegments(command: string): string[] {
  const parts = splitShellChain(command);
  if (parts.length < 2) return [command];
  const cuts: number[] = [0];
  let from = 0;
  for (const [n, part] of parts.entries()) {
    let at = command.indexOf(part, from);
    if (at < 0) return [command];
    from = at + part.length;
    if (n === 0) continue;
    if (part.startsWith(';')) {
      at += 1;
      while (at < command.length && /\s/.test(command[at]!)) at++;
    }
    cuts.push(at);
  }
  return cuts.map((start, i) => command.slice(start, cuts[i + 1] ?? command.length)).filter((s) => s !== '');
}
