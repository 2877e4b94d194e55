import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { Diagnostic, PathSegment } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import { attachSource, type SourceLocation } from '../../model/source-location.js';
import { composeReadCodes, type ComposeReadCode } from './read-codes.js';
import { attachKeySource } from '../key-source.js';
import { camelKey, snakeKey } from '../keys.js';

/**
 * What the Compose reader carries while it walks a document: the file, positions, and the
 * diagnostics found so far.
 *
 * @example
 * const r = new Reader('compose.yaml', lineCounter);
 */
export class Reader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
    private readonly doc?: Document,
  ) {}

  /** The node an alias (`*name`) points at; other nodes as they are. */
  deref(node: Node | null | undefined): Node | null {
    if (node === undefined || node === null) return null;
    return isAlias(node) && this.doc ? ((node.resolve(this.doc) as Node | undefined) ?? null) : node;
  }

  /** A node as plain data (aliases and merge keys resolved), for values kept as written. */
  js(node: Node | null): unknown {
    return node === null ? null : this.doc ? node.toJS(this.doc) : node.toJSON();
  }

  /** A mapping's pairs with YAML merge keys (`<<: *base`) expanded; explicit keys win. */
  pairs(node: Node): Pair[] {
    if (!isMap(node)) return [];
    const isMerge = (p: Pair) => isScalar(p.key) && (p.key.value === '<<' || p.key.source === '<<');
    const own = node.items.filter((p) => !isMerge(p));
    const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : String(p.key));
    const present = new Set(own.map(keyOf));
    const merged: Pair[] = [];
    for (const p of node.items.filter(isMerge)) {
      const value = this.deref(p.value as Node);
      const sources = isSeq(value) ? value.items.map((i) => this.deref(i as Node)) : [value];
      for (const source of sources) {
        for (const q of source ? this.pairs(source) : []) {
          if (!present.has(keyOf(q))) merged.push(q), present.add(keyOf(q));
        }
      }
    }
    return [...own, ...merged];
  }

  /** Where a node starts. */
  where(node: Node | null | undefined): SourceLocation | undefined {
    if (!node?.range) return undefined;
    const start = this.lines.linePos(node.range[0]);
    const end = this.lines.linePos(node.range[1]);
    return { file: this.file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  /** Records where `target` was written (the node's position). Returns `target`. */
  located<T extends object>(target: T, node: Node | null | undefined): T {
    const where = this.where(node);
    return where ? attachSource(target, where) : target;
  }

  /** Records where a key of `target` was written (for scalar values). */
  keyLocated(target: object, key: string, node: Node | null | undefined): void {
    const where = this.where(node);
    if (where) attachKeySource(target, key, where);
  }

  /** Adds a diagnostic at a node. */
  report(code: ComposeReadCode, message: string, path: PathSegment[], node: Node | null | undefined, hint?: string): void {
    const entry = composeReadCodes[code];
    const d: Diagnostic = { code, rule: entry.rule, severity: entry.severity, message, path };
    const where = this.where(node);
    if (where) d.source = where;
    if (hint) d.hint = hint;
    this.diagnostics.push(d);
  }

  /**
   * The entries of a mapping as `[camelKey, value node, pair]`, reporting keys that are not in
   * `known` (with a suggestion) and passing `x-*` extensions through under their own name.
   */
  entries(input: Node | null, path: PathSegment[], known: readonly string[]): Array<[string, Node | null, Pair]> {
    const node = this.deref(input);
    if (!isMap(node)) {
      this.report('DSL4103', `${describe(path)} must be a mapping`, path, node);
      return [];
    }
    const out: Array<[string, Node | null, Pair]> = [];
    for (const pair of this.pairs(node)) {
      const raw = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (raw.startsWith('x-')) {
        out.push([raw, this.deref(pair.value as Node | null), pair]);
        continue;
      }
      const key = camelKey(raw);
      if (!known.includes(key)) {
        const guess = didYouMean(raw, known.map(snakeKey));
        this.report('DSL4102', `${describe(path)} has an unknown key '${raw}'${guess ? ` (did you mean '${guess}'?)` : ''}`, [...path, raw], pair.key as Node, 'dockerdsl reads the Compose Specification keys people use; put tool-specific data under x-*');
        continue;
      }
      out.push([key, this.deref(pair.value as Node | null), pair]);
    }
    return out;
  }

  /** A scalar as a string (numbers and booleans as YAML wrote them), or `undefined` with a diagnostic. */
  string(input: Node | null, path: PathSegment[]): string | undefined {
    const node = this.deref(input);
    if (isScalar(node) && node.value !== null && typeof node.value !== 'object') return String(node.value);
    this.report('DSL4103', `${describe(path)} must be a string`, path, node);
    return undefined;
  }

  /** A list of strings (a single string counts as a list of one when `single` is set). */
  strings(input: Node | null, path: PathSegment[], single = false): string[] | undefined {
    const node = this.deref(input);
    if (single && isScalar(node)) return [String(node.value)];
    if (!isSeq(node)) {
      this.report('DSL4103', `${describe(path)} must be a list`, path, node);
      return undefined;
    }
    return node.items.flatMap((item, i) => this.string(item as Node, [...path, i]) ?? []);
  }

  /** A `KEY=VALUE` list or a mapping, as a record; with `nulls`, a bare `KEY` or `KEY:` is `null`. */
  dictionary(input: Node | null, path: PathSegment[], nulls: boolean): Record<string, string | null> | undefined {
    const node = this.deref(input);
    const out: Record<string, string | null> = {};
    if (isSeq(node)) {
      for (const entry of node.items) {
        const item = this.deref(entry as Node);
        const text = isScalar(item) ? String(item.value) : '';
        const eq = text.indexOf('=');
        const key = eq < 0 ? text : text.slice(0, eq);
        out[key] = eq < 0 ? (nulls ? null : '') : text.slice(eq + 1);
        this.keyLocated(out, key, item);
      }
      return this.located(out, node);
    }
    if (isMap(node)) {
      for (const pair of this.pairs(node)) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const value = this.deref(pair.value as Node | null);
        this.keyLocated(out, key, pair.key as Node);
        if (value === null || (isScalar(value) && value.value === null)) out[key] = nulls ? null : '';
        else out[key] = this.string(value, [...path, key]) ?? '';
      }
      return this.located(out, node);
    }
    this.report('DSL4103', `${describe(path)} must be a list of KEY=VALUE or a mapping`, path, node);
    return undefined;
  }
}

/**
 * How a path reads in a message.
 *
 * @example
 * describe(['services', 'web', 'ports']); // "'services.web.ports'"
 */
export function describe(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'the file' : `'${path.join('.')}'`;
}
