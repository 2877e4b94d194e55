/**
 * What every instruction printer needs to know about the file it writes into.
 *
 * @example
 * const ctx: PrintContext = { escape: '\\' };
 */
export interface PrintContext {
  /** The escape token of the file (`\` by default, `` ` `` on Windows images). */
  readonly escape: '\\' | '`';
}

/**
 * The default print context: backslash escapes.
 *
 * @example
 * quoteWord('a b', defaultPrintContext);
 */
export const defaultPrintContext: PrintContext = { escape: '\\' };
