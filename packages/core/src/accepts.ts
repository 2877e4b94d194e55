import type { z } from 'zod';

/**
 * A fast yes/no answer to "would this schema accept the value?".
 *
 * @example
 * const accepts: Acceptor = acceptorOf(imageSchema)!;
 */
export type Acceptor = (value: unknown) => boolean;

type Def = {
  type: string;
  checks?: Array<{ _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => unknown } }>;
  shape?: Record<string, Node>;
  catchall?: Node;
  element?: Node;
  innerType?: Node;
  in?: Node;
  out?: Node;
  keyType?: Node;
  valueType?: Node;
  options?: Node[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
};
type Node = { _zod: { def: Def } };
type Payload = { value: unknown; issues: unknown[] };

const compiled = new WeakMap<object, Acceptor>();

/**
 * Builds an allocation-free acceptance test from a zod schema: the type structure is walked
 * here, and every refinement, regex and length check is run through zod's own check code, so
 * the schema stays the single source of truth. It answers only "valid"; validation falls back to
 * `safeParse` for anything it rejects, to report diagnostics. Returns `undefined` for schemas
 * using features it does not know (transforms, defaults, async checks…), which then always go
 * through zod.
 *
 * @example
 * const accepts = acceptorOf(imageSchema);
 * if (accepts?.(input)) return { ok: true, image: input };
 */
export function acceptorOf(schema: z.ZodType): Acceptor | undefined {
  try {
    return build(schema as unknown as Node);
  } catch {
    return undefined;
  }
}

function build(node: Node): Acceptor {
  const known = compiled.get(node);
  if (known) return known;
  // Recursive schemas are not used by the model; a placeholder keeps a cycle from looping.
  let inner: Acceptor = () => false;
  compiled.set(node, (v) => inner(v));
  inner = withChecks(node._zod.def, shapeOf(node._zod.def));
  compiled.set(node, inner);
  return inner;
}

function shapeOf(def: Def): Acceptor {
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'never':
      return () => false;
    case 'literal': {
      const values = def.values!;
      return (v) => values.includes(v);
    }
    case 'enum': {
      const values = Object.values(def.entries!);
      return (v) => values.includes(v);
    }
    case 'optional': {
      const inner = build(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case 'readonly':
      return build(def.innerType!);
    case 'pipe': {
      const [a, b] = [build(def.in!), build(def.out!)];
      return (v) => a(v) && b(v);
    }
    case 'array': {
      const element = build(def.element!);
      return (v) => {
        if (!Array.isArray(v)) return false;
        // An index loop, not `every`: a hole in a sparse array is `undefined` to zod.
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'union': {
      const options = def.options!.map(build);
      const byTag = def.discriminator === undefined ? undefined : tagTable(def.discriminator, def.options!, options);
      if (byTag) {
        const tag = def.discriminator!;
        // Only the options whose literal tag matches can accept: the others fail on that key.
        return (v) => {
          if (typeof v !== 'object' || v === null) return false;
          const candidates = byTag.get((v as Record<string, unknown>)[tag]);
          if (candidates === undefined) return false;
          for (let i = 0; i < candidates.length; i++) if (candidates[i]!(v)) return true;
          return false;
        };
      }
      return (v) => {
        for (let i = 0; i < options.length; i++) if (options[i]!(v)) return true;
        return false;
      };
    }
    case 'record': {
      if ((def.keyType as unknown as { _zod: { values?: unknown } })._zod.values) throw new Error('record with a key set');
      const [key, value] = [build(def.keyType!), build(def.valueType!)];
      // As zod reads records: own enumerable keys, symbols included, `__proto__` skipped.
      return (v) =>
        isPlainObject(v) &&
        Reflect.ownKeys(v).every((k) => k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, k) || (key(k) && value((v as Record<PropertyKey, unknown>)[k])));
    }
    case 'object': {
      const names = Object.keys(def.shape!);
      const acceptors = names.map((k) => build(def.shape![k]!));
      const strict = def.catchall?._zod.def.type === 'never';
      if (def.catchall && !strict) throw new Error('catchall');
      const keys = new Set(names);
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
        const record = v as Record<string, unknown>;
        for (let i = 0; i < names.length; i++) if (!acceptors[i]!(record[names[i]!])) return false;
        if (strict) for (const k in record) if (!keys.has(k)) return false;
        return true;
      };
    }
    default:
      throw new Error(`unsupported schema type ${def.type}`);
  }
}

/**
 * For a discriminated union whose options are all objects with a literal tag: tag value → the
 * acceptors of the options carrying it. `undefined` when an option does not fit that pattern.
 */
function tagTable(tag: string, nodes: Node[], acceptors: Acceptor[]): Map<unknown, Acceptor[]> | undefined {
  const table = new Map<unknown, Acceptor[]>();
  for (let i = 0; i < nodes.length; i++) {
    const def = nodes[i]!._zod.def;
    const literal = def.type === 'object' ? def.shape![tag]?._zod.def : undefined;
    if (literal?.type !== 'literal' || (literal.checks ?? []).length > 0) return undefined;
    for (const value of literal.values!) table.set(value, [...(table.get(value) ?? []), acceptors[i]!]);
  }
  return table;
}

type Check = NonNullable<Def['checks']>[number];
type CheckDef = { type?: string; check?: string; format?: string; minimum?: number; value?: unknown; inclusive?: boolean; pattern?: RegExp; fn?: (value: unknown) => unknown };

function withChecks(def: Def, shape: Acceptor): Acceptor {
  const checks = (def.checks ?? []).map(checkOf);
  if (checks.length === 0) return shape;
  return (value) => {
    if (!shape(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

/**
 * One check as a predicate. The common kinds are read from their definitions (a length, a
 * pattern, a bound, a refinement's function); any other runs through zod's own check code.
 */
function checkOf(check: Check): Acceptor {
  const def = check._zod.def as CheckDef;
  if (def.check === 'min_length' && typeof def.minimum === 'number') {
    const min = def.minimum;
    return (v) => (v as { length: number }).length >= min;
  }
  if (def.check === 'string_format' && def.format === 'regex' && def.pattern) {
    const pattern = def.pattern;
    return (v) => {
      pattern.lastIndex = 0;
      return pattern.test(v as string);
    };
  }
  if (def.check === 'number_format' && def.format === 'safeint') return (v) => Number.isSafeInteger(v);
  if ((def.check === 'greater_than' || def.check === 'less_than') && typeof def.value === 'number') {
    const [bound, inclusive, above] = [def.value, def.inclusive === true, def.check === 'greater_than'];
    return (v) => (above ? (inclusive ? (v as number) >= bound : (v as number) > bound) : inclusive ? (v as number) <= bound : (v as number) < bound);
  }
  if (def.type === 'custom' && def.check === 'custom' && typeof def.fn === 'function' && !check._zod.def.when) {
    const fn = def.fn;
    return (v) => {
      const result = fn(v);
      return !(result instanceof Promise) && Boolean(result);
    };
  }
  return (value) => {
    const payload: Payload = { value, issues: [] };
    if (check._zod.def.when && !check._zod.def.when(payload)) return true;
    const result = check._zod.check(payload);
    return !(result instanceof Promise) && payload.issues.length === 0;
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
