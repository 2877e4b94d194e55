import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { ComposeStack } from '../stack.js';
import type { ComposeCode } from './codes.js';
import { finding, type RuleContext } from './finding.js';

/**
 * DSL4001–DSL4005, DSL4110: named volumes, networks, secrets (also build secrets), configs and
 * models a service uses must be declared at the top level, and `depends_on`/`extends` must name
 * services of the stack. A stack that `include`s other files is not checked here: the included
 * files declare services and resources this one may use, and the reader sees one file.
 *
 * @example
 * checkReferences({ services: { web: { image: 'nginx', networks: { webnet: null } } } }, { prefix: [] }); // DSL4002
 */
export function checkReferences(stack: ComposeStack, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  if ((stack.include?.length ?? 0) > 0) return out;
  const miss = (code: ComposeCode, what: string, name: string, declared: Record<string, unknown> | undefined, path: (string | number)[], table: string) => {
    if (declared && name in declared) return;
    const guess = didYouMean(name, Object.keys(declared ?? {}));
    out.push(finding(code, `${what} '${name}' is not declared in the top-level '${table}'${guess ? ` (did you mean '${guess}'?)` : ''}`, stack, path, ctx.prefix, `declare it: ${table}: { ${name}: {} }, or pass its handle`));
  };
  for (const [key, s] of Object.entries(stack.services)) {
    const at = ['services', key];
    s.volumes?.forEach((m, i) => {
      if (m.type === 'volume' && m.source !== undefined) miss('DSL4001', 'volume', m.source, stack.volumes ?? undefined, [...at, 'volumes', i], 'volumes');
    });
    if (s.networks) {
      for (const name of Object.keys(s.networks)) {
        if (name !== 'default') miss('DSL4002', 'network', name, stack.networks, [...at, 'networks', name], 'networks');
      }
    }
    s.secrets?.forEach((g, i) => miss('DSL4003', 'secret', g.source, stack.secrets, [...at, 'secrets', i], 'secrets'));
    s.configs?.forEach((g, i) => miss('DSL4004', 'config', g.source, stack.configs, [...at, 'configs', i], 'configs'));
    // A DSL image's own build secrets are declared by the compiler; written ones must exist.
    s.build?.secrets?.forEach((g, i) => miss('DSL4003', 'build secret', typeof g === 'string' ? g : g.source, stack.secrets, [...at, 'build', 'secrets', i], 'secrets'));
    const models: Array<[string, string | number]> = Array.isArray(s.models) ? s.models.map((m, i) => [m, i]) : Object.keys(s.models ?? {}).map((m) => [m, m]);
    for (const [model, at2] of models) miss('DSL4110', 'model', model, stack.models, [...at, 'models', at2], 'models');
    for (const dep of Object.keys(s.dependsOn ?? {})) {
      if (dep in stack.services) continue;
      if (s.dependsOn![dep]!.required === false) continue;
      const guess = didYouMean(dep, Object.keys(stack.services));
      out.push(finding('DSL4005', `service '${key}' depends on '${dep}', which is not a service of this stack${guess ? ` (did you mean '${guess}'?)` : ''}`, stack, [...at, 'dependsOn', dep], ctx.prefix));
    }
    if (s.extends && s.extends.file === undefined && !(s.extends.service in stack.services)) {
      out.push(finding('DSL4005', `service '${key}' extends '${s.extends.service}', which is not a service of this stack`, stack, [...at, 'extends'], ctx.prefix));
    }
  }
  return out;
}
