import type { Diagnostic } from '@dockerdsl/core';
import type { compose } from '@dockerdsl/core';
import { toIdentifier, type NamePool } from './identifiers.js';
import type { ModuleStatement } from './image-module.js';
import { Code, literal, stringLiteral, type LiteralValue } from './literals.js';

type ComposeStack = compose.ComposeStack;
type Service = compose.Service;

const kinds = [
  ['networks', 'network', 'Network'],
  ['volumes', 'volume', 'Volume'],
  ['secrets', 'secret', 'Secret'],
  ['configs', 'config', 'Config'],
] as const;

/** What the compose writer needs from the rest of the module. */
export interface ComposeContext {
  names: NamePool;
  imports: Set<string>;
  /** The image variable for a build's Dockerfile path (absolute), when that file is imported too. */
  imageFor: (build: NonNullable<Service['build']>) => string | undefined;
  diagnostics: Diagnostic[];
  file: string;
}

function order(stack: ComposeStack): string[] {
  const done = new Set<string>();
  const out: string[] = [];
  const visit = (key: string, seen: Set<string>): void => {
    if (done.has(key) || seen.has(key) || !(key in stack.services)) return;
    seen.add(key);
    const s = stack.services[key]!;
    for (const dep of Object.keys(s.dependsOn ?? {})) visit(dep, seen);
    if (s.extends && s.extends.file === undefined) visit(s.extends.service, seen);
    done.add(key);
    out.push(key);
  };
  for (const key of Object.keys(stack.services)) visit(key, new Set());
  return out;
}

/**
 * The statements of one imported Compose file: a handle per network, volume, secret and config,
 * a `compose.service()` handle per service (dependencies, networks, volumes and grants by
 * handle; a build whose Dockerfile is imported too points at that image), and an exported
 * `compose.stack()`.
 *
 * @example
 * composeStatements(readCompose(text).stack, ctx); // [{ name: 'db', … }, { name: 'web', … }, { name: 'shop', exported: true, … }]
 */
export function composeStatements(stack: ComposeStack, stackName: string, ctx: ComposeContext): ModuleStatement[] {
  ctx.imports.add('compose');
  const statements: ModuleStatement[] = [];
  const handles: Record<string, Map<string, string>> = {};
  const used = new Set<string>();
  for (const [plural, factory, suffix] of kinds) {
    handles[plural] = new Map();
    for (const [key, def] of Object.entries(stack[plural] ?? {})) {
      const name = ctx.names.take(toIdentifier(key, factory) + suffix);
      handles[plural].set(key, name);
      const args = [stringLiteral(key), ...(def === null || Object.keys(def).length === 0 ? [] : [literal(def as LiteralValue)])];
      statements.push({ name, initializer: `compose.${factory}(${args.join(', ')})`, exported: false, comments: [] });
    }
  }
  // With `include`, what this file does not declare may come from an included file (Compose checks it when it loads them).
  const includes = (stack.include?.length ?? 0) > 0;
  const includedHandle = (factory: string, key: string, table: Map<string, string>): string => {
    const name = ctx.names.take(toIdentifier(key, factory) + (factory === 'service' ? '' : factory[0]!.toUpperCase() + factory.slice(1)));
    table.set(key, name);
    statements.push({ name, initializer: `compose.included.${factory}(${stringLiteral(key)})`, exported: false, comments: [] });
    return name;
  };
  const handle = (plural: string, key: string): Code => {
    used.add(`${plural}:${key}`);
    let name = handles[plural]!.get(key) ?? (includes ? includedHandle(plural.slice(0, -1), key, handles[plural]!) : undefined);
    if (name === undefined) {
      ctx.diagnostics.push({ code: 'DSL5031', rule: 'UndeclaredComposeReference', severity: 'error', message: `a service refers to ${plural.slice(0, -1)} '${key}', which the file does not declare`, path: ['compose', stackName, plural, key], source: { file: ctx.file, line: 1, column: 1 } });
      name = 'undefined';
    }
    return new Code(name);
  };
  const services = new Map<string, string>();
  const includedServices = new Map<string, string>();
  for (const key of order(stack)) {
    const s = stack.services[key]!;
    const props: Record<string, LiteralValue> = { ...(s as Record<string, LiteralValue>) };
    if (s.build) {
      const image = ctx.imageFor(s.build);
      if (image) {
        // The context stays: the image's Dockerfile reads it (`./web` is not the project root).
        const { dockerfile: _d, ...settings } = s.build;
        props.build = { image: new Code(image), ...(settings as Record<string, LiteralValue>) };
      }
    }
    if (s.networks) props.networks = Object.entries(s.networks).map(([n, opts]) => (opts === null ? handle('networks', n) : { network: handle('networks', n), ...(opts as Record<string, LiteralValue>) }));
    if (s.volumes) props.volumes = s.volumes.map((m) => (m.type === 'volume' && typeof m.source === 'string' ? { ...(m as Record<string, LiteralValue>), source: handle('volumes', m.source) } : (m as LiteralValue)));
    for (const plural of ['secrets', 'configs'] as const) {
      const grants = s[plural];
      if (grants) props[plural] = grants.map((g) => (Object.keys(g).length === 1 ? handle(plural, g.source) : { ...(g as unknown as Record<string, LiteralValue>), source: handle(plural, g.source) }));
    }
    if (s.dependsOn) {
      props.dependsOn = Object.entries(s.dependsOn).map(([dep, d]) => {
        const target = services.get(dep) ?? includedServices.get(dep) ?? (includes && !(dep in stack.services) ? includedHandle('service', dep, includedServices) : undefined);
        if (target === undefined) {
          ctx.diagnostics.push({ code: 'DSL5031', rule: 'UndeclaredComposeReference', severity: 'error', message: `service '${key}' depends on service '${dep}', which the file does not define`, path: ['compose', stackName, 'services', key, 'dependsOn', dep], source: { file: ctx.file, line: 1, column: 1 } });
          return new Code('undefined');
        }
        const { condition, ...rest } = d;
        if (Object.keys(rest).length === 0) {
          if (condition === 'service_started') return new Code(target);
          return new Code(`${target}.${condition === 'service_healthy' ? 'healthy' : 'completed'}()`);
        }
        return { service: new Code(target), condition, ...(rest as Record<string, LiteralValue>) };
      });
    }
    if (s.extends && s.extends.file === undefined && services.has(s.extends.service)) props.extends = new Code(services.get(s.extends.service)!);
    const name = ctx.names.take(toIdentifier(key, 'service'));
    services.set(key, name);
    statements.push({ name, initializer: `compose.service(${stringLiteral(key)}, ${literal(props)})`, exported: false, comments: [] });
  }
  const options: Record<string, LiteralValue> = { services: [...services.values()].map((n) => new Code(n)) };
  for (const [plural] of kinds) {
    const unused = [...handles[plural]!.entries()].filter(([key]) => !used.has(`${plural}:${key}`)).map(([, n]) => new Code(n));
    if (unused.length > 0) options[plural] = unused;
  }
  if (stack.file !== undefined) options.file = stack.file;
  if (stack.include !== undefined) options.include = stack.include as LiteralValue;
  if (stack.models !== undefined) options.models = stack.models as unknown as LiteralValue;
  const extensions = Object.fromEntries(Object.entries(stack).filter(([k]) => k.startsWith('x-')));
  if (Object.keys(extensions).length > 0) options.extensions = extensions as LiteralValue;
  statements.push({ name: ctx.names.take(toIdentifier(stackName, 'stack')), initializer: `compose.stack(${stringLiteral(stackName)}, ${literal(options)})`, exported: true, comments: [] });
  return statements;
}
