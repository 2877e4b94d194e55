import type { z } from 'zod';
import { sourceOf } from '../model/source-location.js';
import { didYouMean } from './did-you-mean.js';
import type { Diagnostic, PathSegment } from './diagnostic.js';
import { schemaCodes, type SchemaCode } from './schema-codes.js';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod issues into dockerdsl diagnostics: a DSL1xxx code, a readable sentence, the path
 * (stage indices replaced by stage names) and the source location of the nearest object.
 *
 * @example
 * const result = imageSchema.safeParse(input);
 * if (!result.success) diagnosticsFromZod(result.error.issues, input, ['images', 'api']);
 */
export function diagnosticsFromZod(issues: readonly Issue[], input: unknown, prefix: PathSegment[] = [], validKeys?: (path: PathSegment[]) => string[]): Diagnostic[] {
  return flattenUnions(issues, []).flatMap((issue) => {
    const path = issue.path as PathSegment[];
    const { code, message, hint } = describe(issue, input, path, validKeys);
    const entry = schemaCodes[code];
    const diagnostic: Diagnostic = {
      code,
      rule: entry.rule,
      severity: 'error',
      message,
      path: [...prefix, ...namedPath(input, path)],
    };
    const source = nearestSource(input, path);
    if (source) diagnostic.source = source;
    if (hint) diagnostic.hint = hint;
    return [diagnostic];
  });
}

function describe(issue: Issue, input: unknown, path: PathSegment[], validKeys?: (path: PathSegment[]) => string[]): { code: SchemaCode; message: string; hint?: string } {
  const field = issue.code === 'unrecognized_keys' ? describeObject(input, path) : describeField(path);
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, path);
      if (value === undefined) return { code: 'DSL1001', message: `${field} is required`, hint: issue.message.startsWith('Invalid input') ? undefined : issue.message };
      if (issue.message && !issue.message.startsWith('Invalid input')) return { code: 'DSL1002', message: `${field}: ${issue.message}` };
      return { code: 'DSL1002', message: `${field} must be ${article(issue.expected)}, not ${typeName(value)}` };
    }
    case 'unrecognized_keys': {
      const known = validKeys?.(path) ?? [];
      const keys = issue.keys.map((key) => {
        const guess = didYouMean(key, known);
        return guess ? `'${key}' (did you mean '${guess}'?)` : `'${key}'`;
      });
      return { code: 'DSL1003', message: `${field} has unknown ${keys.length > 1 ? 'fields' : 'field'} ${keys.join(', ')}`, hint: known.length > 0 ? `known fields: ${known.join(', ')}` : undefined };
    }
    case 'invalid_value':
      return { code: 'DSL1004', message: `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'too_small':
      return { code: 'DSL1005', message: `${field}: ${cleanMessage(issue.message)}` };
    case 'too_big':
      return { code: 'DSL1009', message: `${field}: ${cleanMessage(issue.message)}` };
    case 'invalid_format':
      return { code: 'DSL1006', message: `${field}: ${cleanMessage(issue.message)}` };
    case 'invalid_union': {
      if ('note' in issue && issue.note === 'No matching discriminator') return unknownKind(input, path);
      const value = valueAt(input, path);
      const hint = issue.message.startsWith('Invalid input') ? undefined : cleanMessage(issue.message);
      if (value === undefined) return { code: 'DSL1001', message: `${field} is required`, hint };
      const expected = rootTypes(issue.errors);
      if (expected) return { code: 'DSL1002', message: `${field} must be ${expectedText(expected, path)}, not ${typeName(value)}`, hint };
      return { code: 'DSL1007', message: `${field}: ${cleanMessage(issue.message)}` };
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      const code = (inner?.code === 'custom' ? (inner.params as { code?: SchemaCode } | undefined)?.code : undefined) ?? 'DSL1006';
      return { code, message: `key ${field}: ${cleanMessage(inner?.message ?? issue.message)}` };
    }
    case 'custom': {
      const code = (issue.params as { code?: SchemaCode } | undefined)?.code ?? 'DSL1007';
      return { code, message: `${field}: ${issue.message}` };
    }
    default:
      return { code: 'DSL1007', message: `${field}: ${cleanMessage(issue.message)}` };
  }
}

/**
 * Replaces a union issue by the issues of the one branch whose type matched the value (an
 * exec-form array with a number inside is reported at that element, not as "no shape fits").
 */
function flattenUnions(issues: readonly Issue[], prefix: PropertyKey[]): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && !('note' in issue && issue.note)) {
      const matching = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (matching.length === 1) return flattenUnions(matching[0]!, path);
    }
    return [{ ...issue, path } as Issue];
  });
}

/** The types a union accepts, when every branch failed only because of the value's type. */
function rootTypes(branches: readonly (readonly Issue[])[]): string[] | undefined {
  const types: string[] = [];
  for (const branch of branches) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (!only || only.code !== 'invalid_type' || only.path.length > 0) return undefined;
    if (!types.includes(only.expected)) types.push(only.expected);
  }
  return types.length > 0 ? types : undefined;
}

const commandFields = new Set(['command', 'test']);

function expectedText(types: readonly string[], path: readonly PathSegment[]): string {
  const isCommand = commandFields.has(String(path.at(-1)));
  const names = types.map((t) => {
    if (t === 'array' && isCommand) return 'an exec-form array';
    if (t === 'object' && isCommand) return '{ shell: "…" }';
    if (t === 'object' && path.at(-1) === 'from') return 'a reference such as { stage: "build" }';
    return article(t);
  });
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

const kinds = ['add', 'arg', 'cmd', 'comment', 'copy', 'entrypoint', 'env', 'expose', 'healthcheck', 'label', 'maintainer', 'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir'];
const mountTypes = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];

function unknownKind(input: unknown, fullPath: PathSegment[]): { code: SchemaCode; message: string; hint?: string } {
  const last = fullPath.at(-1);
  const path = last === 'kind' || last === 'type' ? fullPath.slice(0, -1) : fullPath;
  const target = valueAt(input, path) as Record<string, unknown> | undefined;
  const isMount = path.at(-2) === 'mounts';
  const [key, options] = isMount ? ['type', mountTypes] : ['kind', kinds];
  const value = target && typeof target === 'object' ? target[key] : undefined;
  const what = isMount ? 'mount type' : 'instruction kind';
  if (value === undefined) return { code: 'DSL1001', message: `${isMount ? 'a mount' : 'a step'} needs '${key}'`, hint: `one of ${options.join(', ')}` };
  const guess = typeof value === 'string' ? didYouMean(value, options) : undefined;
  return {
    code: isMount ? 'DSL1004' : 'DSL1008',
    message: `unknown ${what} ${JSON.stringify(value)}${guess ? ` (did you mean '${guess}'?)` : ''}`,
    hint: `one of ${options.join(', ')}`,
  };
}

function cleanMessage(message: string): string {
  return message.replace(/^Invalid input: /, '').replace(/^Too small: /, '').replace(/^Too big: /, '');
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return article(typeof value);
}

function describeField(path: PathSegment[]): string {
  let at = path.length - 1;
  while (at >= 0 && typeof path[at] === 'number') at--;
  if (at < 0) return 'the value';
  return `'${path[at]}${path.slice(at + 1).map((i) => `[${i}]`).join('')}'`;
}

/** Names the object that holds unknown keys: `COPY`, `a stage`, `a cache mount`, `the image`. */
function describeObject(input: unknown, path: PathSegment[]): string {
  const value = valueAt(input, path) as Record<string, unknown> | undefined;
  if (path.length === 0) return 'the image';
  if (value && typeof value.kind === 'string') return value.kind.toUpperCase();
  if (path.at(-2) === 'mounts' && value && typeof value.type === 'string') return `a ${value.type} mount`;
  if (path.at(-2) === 'stages') return 'the stage';
  return describeField(path);
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/** Replaces `stages, 2` by `stages, '<name>'` where the stage has a name. */
function namedPath(input: unknown, path: readonly PathSegment[]): PathSegment[] {
  const out: PathSegment[] = [];
  let current = input;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next = current !== null && typeof current === 'object' ? (current as Record<PathSegment, unknown>)[segment] : undefined;
    const name = next !== null && typeof next === 'object' ? (next as { name?: unknown }).name : undefined;
    out.push(path[i - 1] === 'stages' && typeof segment === 'number' && typeof name === 'string' && name !== '' ? name : segment);
    current = next;
  }
  return out;
}

function nearestSource(input: unknown, path: readonly PathSegment[]) {
  let current = input;
  let found = sourceOf(input);
  for (const segment of path) {
    if (current === null || typeof current !== 'object') break;
    current = (current as Record<PathSegment, unknown>)[segment];
    found = sourceOf(current) ?? found;
  }
  return found;
}
