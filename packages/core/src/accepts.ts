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

// Whether this process may compile functions from source text (Node's
// `--disallow-code-generation-from-strings` forbids it); if not, objects use the closure form.
const canGenerate = (() => {
  try {
    return new Function('return true')() === true;
  } catch {
    return false;
  }
})();

// One cache per form: tests build the closure form too, which is what runs where code
// generation is not allowed.
const compiled = { generated: new WeakMap<object, Acceptor>(), closures: new WeakMap<object, Acceptor>() };
let generating = false;

/**
 * Builds an allocation-free acceptance test from a zod schema: the type structure is walked
 * here, and every refinement, regex and length check is run through zod's own check code, so
 * the schema stays the single source of truth. It answers only "valid"; validation falls back to
 * `safeParse` for anything it rejects, to report diagnostics. Returns `undefined` for schemas
 * using features it does not know (transforms, defaults, async checks…), which then always go
 * through zod. Object schemas are compiled to functions of their own unless `generate: false`
 * (or the process forbids code generation), which keeps the closure form.
 *
 * @example
 * const accepts = acceptorOf(imageSchema);
 * if (accepts?.(input)) return { ok: true, image: input };
 */
export function acceptorOf(schema: z.ZodType, options: { generate?: boolean } = {}): Acceptor | undefined {
  const was = generating;
  generating = options.generate !== false && canGenerate;
  try {
    return build(schema as unknown as Node);
  } catch {
    return undefined;
  } finally {
    generating = was;
  }
}

function build(node: Node): Acceptor {
  const cache = generating ? compiled.generated : compiled.closures;
  const known = cache.get(node);
  if (known) return known;
  // Recursive schemas are not used by the model; a placeholder keeps a cycle from looping.
  let inner: Acceptor = () => false;
  cache.set(node, (v) => inner(v));
  inner = withChecks(node._zod.def, shapeOf(node._zod.def));
  cache.set(node, inner);
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
      // zod reads a record's own enumerable keys, symbols included, and skips `__proto__`. A
      // for-in loop sees the same string keys without building a key array; a symbol key or an
      // inherited one answers "no", and zod then decides.
      return (v) => {
        if (!isPlainObject(v)) return false;
        for (const k in v) {
          if (!Object.hasOwn(v, k)) return false;
          if (k !== '__proto__' && !(key(k) && value(v[k]))) return false;
        }
        return Object.getOwnPropertySymbols(v).length === 0;
      };
    }
    case 'object': {
      const names = Object.keys(def.shape!);
      const strict = def.catchall?._zod.def.type === 'never';
      if (def.catchall && !strict) throw new Error('catchall');
      const fields = names.map((name) => ({ name, node: def.shape![name]!, accepts: build(def.shape![name]!) }));
      return generating ? generatedObjectAcceptor(fields, strict) : objectAcceptor(fields, strict);
    }
    default:
      throw new Error(`unsupported schema type ${def.type}`);
  }
}

type Field = { name: string; node: Node; accepts: Acceptor };

/** The object acceptor as a closure: used where code generation is not allowed. */
function objectAcceptor(fields: Field[], strict: boolean): Acceptor {
  const names = fields.map((f) => f.name);
  const acceptors = fields.map((f) => f.accepts);
  const keys = new Set(names);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    for (let i = 0; i < names.length; i++) if (!acceptors[i]!(record[names[i]!])) return false;
    if (strict) for (const k in record) if (!keys.has(k)) return false;
    return true;
  };
}

/**
 * The object acceptor as a function of its own, compiled from source text — what zod's own
 * fast path and ajv do. Each object schema gets its own property loads and call sites, which V8
 * keeps monomorphic and can inline; the generic closure shares one megamorphic keyed load and
 * one call site among all ~40 object schemas of the model. Field names are written with
 * `JSON.stringify`, and simple fields (a literal tag, a plain string or boolean, optional or
 * not) are tested inline; every other field calls its acceptor.
 */
function generatedObjectAcceptor(fields: Field[], strict: boolean): Acceptor {
  const lines = ["if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;"];
  fields.forEach((field, i) => {
    const value = `v[${JSON.stringify(field.name)}]`;
    lines.push(`if (!(${inlineTest(field.node, value) ?? `a${i}(${value})`})) return false;`);
  });
  if (strict) {
    const cases = fields.map((f) => `case ${JSON.stringify(f.name)}:`).join(' ');
    lines.push(fields.length === 0 ? 'for (const k in v) return false;' : `for (const k in v) switch (k) { ${cases} break; default: return false; }`);
  }
  lines.push('return true;');
  const params = fields.map((_, i) => `a${i}`);
  const factory = new Function(...params, `return function acceptObject(v) {\n${lines.join('\n')}\n};`) as (...acceptors: Acceptor[]) => Acceptor;
  return factory(...fields.map((f) => f.accepts));
}

/** A JS expression testing `value` for a schema simple enough to inline, else `undefined`. */
function inlineTest(node: Node, value: string): string | undefined {
  const def = node._zod.def;
  if ((def.checks ?? []).length > 0) return undefined;
  switch (def.type) {
    case 'string':
      return `typeof ${value} === 'string'`;
    case 'boolean':
      return `typeof ${value} === 'boolean'`;
    case 'literal': {
      const literals = def.values!;
      if (literals.length !== 1 || !['string', 'boolean'].includes(typeof literals[0])) return undefined;
      return `${value} === ${JSON.stringify(literals[0])}`;
    }
    case 'optional': {
      const inner = inlineTest(def.innerType!, value);
      return inner === undefined ? undefined : `(${value} === undefined || ${inner})`;
    }
    default:
      return undefined;
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
