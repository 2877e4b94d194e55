import { type CommandForm, type CopySource, type Instruction, type Mount, type OnbuildTrigger } from '@dockerdsl/core';
import { Code, literal, stringLiteral, templateLiteral, type LiteralValue } from './literals.js';
import { shellSegments } from './shell-segments.js';

/** What the call writer needs to know about the module being generated. */
export interface CallContext {
  /** Identifier of the handle of each earlier stage, by lower-cased stage name. */
  handles: Map<string, string>;
  /** Names imported from `@dockerdsl/core` so far. */
  imports: Set<string>;
}

/** One call: a builder method (`.run(…)`) or, for ONBUILD triggers, a factory (`run(…)`). */
export interface Call {
  name: string;
  args: string[];
}

const longLine = 72;

function use(ctx: CallContext, name: string): string {
  ctx.imports.add(name);
  return name;
}

function command(form: CommandForm | readonly [], ctx: CallContext): string {
  if (Array.isArray(form)) return literal(form as string[]);
  return `${use(ctx, 'sh')}${templateLiteral((form as { shell: string }).shell)}`;
}

/**
 * The arguments of an `arg(…)` call. Its comment stays the instruction's own (not a `//` line):
 * BuildKit reads `# NAME text` above an ARG as its documentation (`--call=outline`).
 *
 * @example
 * argArgs({ kind: 'arg', name: 'PORT', comment: 'PORT the port to listen on' }); // ["'PORT'", 'undefined', "{ comment: 'PORT the port to listen on' }"]
 */
export function argArgs(i: { name: string; default?: string; comment?: string }): string[] {
  const args = [stringLiteral(i.name)];
  if (i.default !== undefined || i.comment !== undefined) args.push(i.default === undefined ? 'undefined' : stringLiteral(i.default));
  if (i.comment !== undefined) args.push(literal({ comment: i.comment }));
  return args;
}

/**
 * A shell command string, cut at its `&&`/`;` parts when long (the parts join to the same text).
 *
 * @example
 * shellString('make'); // "'make'"
 */
export function shellString(text: string): string {
  const segments = text.length > longLine ? shellSegments(text) : [text];
  return segments.length === 1 ? stringLiteral(text) : `\n${segments.map(stringLiteral).join(' +\n')}\n`;
}

function sourceValue(source: CopySource, ctx: CallContext): LiteralValue {
  if (typeof source !== 'string') return source as unknown as LiteralValue;
  const handle = ctx.handles.get(source.toLowerCase());
  if (handle) return new Code(handle);
  return /[:/@.]/.test(source) ? { image: source } : source;
}

function mountValue(mount: Mount, ctx: CallContext): string {
  const { type, ...rest } = mount as Mount & Record<string, unknown>;
  const options: Record<string, LiteralValue> = { ...(rest as Record<string, LiteralValue>) };
  if ('from' in rest && rest.from !== undefined) options.from = sourceValue(rest.from as CopySource, ctx);
  const target = options.target;
  if ((type === 'cache' || type === 'bind' || type === 'tmpfs') && typeof target === 'string') {
    delete options.target;
    const opts = Object.keys(options).length > 0 ? [literal(options)] : [];
    return `${use(ctx, type)}(${[stringLiteral(target), ...opts].join(', ')})`;
  }
  if (type === 'secret' && typeof options.id === 'string') {
    const id = options.id;
    delete options.id;
    const opts = Object.keys(options).length > 0 ? [literal(options)] : [];
    return `${use(ctx, 'secret')}(${[stringLiteral(id), ...opts].join(', ')})`;
  }
  if (type === 'ssh') return `${use(ctx, 'ssh')}(${Object.keys(options).length > 0 ? literal(options) : ''})`;
  return literal({ type, ...options });
}

/** The fields of `value` other than `skip`, as a plain record. */
function fieldsExcept(value: object, skip: readonly string[]): Record<string, LiteralValue> {
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => !skip.includes(k) && v !== undefined)) as Record<string, LiteralValue>;
}

/** The fields of `value` other than `skip` as an options argument, or no argument. */
function options(value: object, skip: readonly string[]): string[] {
  const rest = fieldsExcept(value, skip);
  return Object.keys(rest).length > 0 ? [literal(rest)] : [];
}

const transferFields = ['kind', 'sources', 'destination', 'from', 'comment'] as const;

function runCall(i: Extract<Instruction, { kind: 'run' }>, ctx: CallContext): Call {
  const opts: Record<string, LiteralValue> = {};
  if (i.mounts) opts.mounts = i.mounts.map((m) => new Code(mountValue(m, ctx)));
  if (i.network) opts.network = i.network;
  if (i.security) opts.security = i.security;
  if (i.device) opts.device = i.device;
  const optionArgs = Object.keys(opts).length > 0 ? [literal(opts)] : [];
  if (typeof i.command !== 'string') return { name: 'run', args: [literal([...i.command]), ...optionArgs] };
  if (!i.heredocs) return { name: 'run', args: [shellString(i.command), ...optionArgs] };
  const doc = i.heredocs[0]!;
  const scriptLine = /^<<(["']?)([A-Za-z_][A-Za-z0-9_]*)\1(?:\s+(\S.*))?$/.exec(i.command);
  // `script()` writes `<<EOF` (or `<<"EOF"`): use it when that gives back the same line.
  const scriptable = i.heredocs.length === 1 && scriptLine && !doc.stripTabs && doc.delimiter === 'EOF' && scriptLine[2] === 'EOF' && scriptLine[1] === (doc.quoted ? '"' : '') && !/^\t*EOF\s*$/m.test(doc.body);
  if (scriptable) {
    const extra: Record<string, LiteralValue> = { ...opts };
    if (scriptLine[3]) extra.program = scriptLine[3];
    if (doc.quoted) extra.quoted = true;
    return { name: 'script', args: [templateLiteral(doc.body), ...(Object.keys(extra).length > 0 ? [literal(extra)] : [])] };
  }
  const heredocs = i.heredocs.map((d) => new Code(`{ ${[d.delimiter ? `delimiter: ${stringLiteral(d.delimiter)}` : '', `body: ${templateLiteral(d.body)}`, d.quoted ? 'quoted: true' : '', d.stripTabs ? 'stripTabs: true' : ''].filter(Boolean).join(', ')} }`));
  return { name: 'run', args: [stringLiteral(i.command), literal({ heredocs, ...opts })] };
}

function fileSources(sources: readonly (string | { heredoc: { body: string; delimiter?: string; quoted?: boolean; stripTabs?: boolean } })[]): string {
  const items = sources.map((s) => (typeof s === 'string' ? stringLiteral(s) : `{ heredoc: ${literal({ ...s.heredoc, body: new Code(templateLiteral(s.heredoc.body)) } as LiteralValue)} }`));
  return items.length === 1 ? items[0]! : `[${items.join(', ')}]`;
}

/**
 * The builder call for one instruction, with the names it needs added to `ctx.imports`. Stage
 * references to earlier stages become handles; image references become `{ image }`; anything
 * else stays the plain string Docker reads.
 *
 * @example
 * instructionCall({ kind: 'workdir', path: '/app' }, ctx); // { name: 'workdir', args: ["'/app'"] }
 */
export function instructionCall(i: Instruction, ctx: CallContext): Call {
  switch (i.kind) {
    case 'run': return runCall(i, ctx);
    case 'copy': {
      const { from, sources, destination } = i;
      if (from === undefined) return { name: 'copy', args: [fileSources(sources), stringLiteral(destination), ...options(i, transferFields)] };
      const source = sourceValue(from, ctx);
      if (typeof source === 'string') {
        // Not an earlier stage nor an image reference: keep the plain string Docker reads.
        const opts = literal({ from: source, ...fieldsExcept(i, transferFields) });
        return { name: 'step', args: [`${use(ctx, 'copy')}(${fileSources(sources)}, ${stringLiteral(destination)}, ${opts})`] };
      }
      return { name: 'copyFrom', args: [literal(source), fileSources(sources), stringLiteral(destination), ...options(i, transferFields)] };
    }
    case 'add': return { name: 'add', args: [fileSources(i.sources), stringLiteral(i.destination), ...options(i, transferFields)] };
    case 'env': return { name: 'env', args: [literal(i.vars)] };
    case 'label': return { name: 'label', args: [literal(i.labels)] };
    case 'arg': return { name: 'arg', args: argArgs(i) };
    case 'expose': return { name: 'expose', args: [i.ports.length === 1 ? literal(i.ports[0]) : literal(i.ports as LiteralValue[])] };
    case 'volume': return { name: 'volume', args: [i.paths.length === 1 ? stringLiteral(i.paths[0]) : literal(i.paths)] };
    case 'user': return { name: 'user', args: i.group === undefined ? [literal(i.user)] : [literal(i.user), literal(i.group)] };
    case 'workdir': return { name: 'workdir', args: [stringLiteral(i.path)] };
    case 'shell': return { name: 'shell', args: [literal([...i.command])] };
    case 'stopsignal': return { name: 'stopsignal', args: [literal(i.signal)] };
    case 'cmd': return { name: 'cmd', args: [command(i.command, ctx)] };
    case 'entrypoint': return { name: 'entrypoint', args: [command(i.command, ctx)] };
    case 'healthcheck': {
      if ('none' in i) return { name: 'healthcheckNone', args: [] };
      return { name: 'healthcheck', args: [command(i.test, ctx), ...options(i, ['kind', 'test', 'comment'])] };
    }
    case 'maintainer': return { name: 'step', args: [`${use(ctx, 'maintainer')}(${stringLiteral(i.name)})`] };
    case 'comment': return { name: 'comment', args: [stringLiteral(i.text)] };
    case 'onbuild': {
      const inner = instructionCall(i.instruction as OnbuildTrigger, ctx);
      return { name: 'onbuild', args: [triggerCall(inner, i.instruction, ctx)] };
    }
  }
}

const factoryFor: Record<string, string> = { copyFrom: 'copy', healthcheckNone: 'healthcheckNone', script: 'script' };

/** An ONBUILD trigger as a factory call (`copy('.', '/app')`). */
function triggerCall(call: Call, trigger: OnbuildTrigger, ctx: CallContext): string {
  if (call.name === 'step') return call.args[0]!;
  if (call.name === 'copyFrom') {
    const t = trigger as Extract<OnbuildTrigger, { kind: 'copy' }>;
    return `${use(ctx, 'copy')}(${fileSources(t.sources)}, ${stringLiteral(t.destination)}, ${literal({ ...fieldsExcept(t, transferFields), from: t.from as LiteralValue })})`;
  }
  return `${use(ctx, factoryFor[call.name] ?? call.name)}(${call.args.join(', ')})`;
}
