const conjunction = new Intl.ListFormat('en', { type: 'conjunction' });
const disjunction = new Intl.ListFormat('en', { type: 'disjunction' });

/**
 * A list in a sentence, joined with "and": the stage comments name what the options put in.
 *
 * @param items - the names to list
 * @example
 * allOf(['dist', 'public']); // 'dist and public'
 */
export function allOf(items: readonly string[]): string {
  return conjunction.format(items);
}

/**
 * A list in a sentence, joined with "or".
 *
 * @param items - the names to list
 * @example
 * anyOf(['go.mod', 'go.sum']); // 'go.mod or go.sum'
 */
export function anyOf(items: readonly string[]): string {
  return disjunction.format(items);
}

/**
 * A count with its noun, plural when it is not one.
 *
 * @param count - how many
 * @param noun - the singular noun
 * @example
 * counted(3, 'package'); // '3 packages'
 */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
