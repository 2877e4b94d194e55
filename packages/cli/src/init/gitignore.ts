/**
 * `.gitignore` with `entries` added (those not already listed), or undefined when every entry
 * is there. Entries match with or without a leading or trailing slash.
 *
 * @example
 * gitignoreWith('node_modules\n', ['node_modules/', '.dsl/']); // 'node_modules\n.dsl/\n'
 */
export function gitignoreWith(existing: string | undefined, entries: readonly string[]): string | undefined {
  const text = existing ?? '';
  const bare = (line: string): string => line.trim().replace(/^\/|\/$/g, '');
  const listed = new Set(text.split(/\r?\n/).map(bare));
  const added = entries.filter((entry) => !listed.has(bare(entry)));
  if (added.length === 0) return undefined;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  return `${text}${separator}${added.join('\n')}\n`;
}
