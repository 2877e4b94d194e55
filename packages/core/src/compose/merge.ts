import { inheritSource } from '../model/source-location.js';
import type { Service } from './service.js';
import type { ComposeStack, StackPatch } from './stack.js';

/** How sequence entries are matched when merging (the rest are appended unless identical). */
const sequenceKeys: Record<string, (entry: never) => string> = {
  volumes: (m: { target: string }) => m.target,
  secrets: (g: { source: string; target?: string }) => g.target ?? g.source,
  configs: (g: { source: string; target?: string }) => g.target ?? g.source,
};

/** Keys whose value replaces the base's value instead of merging with it. */
const replaced = new Set(['command', 'entrypoint', 'test', 'image']);

/**
 * Merges an override into a service the way `docker compose -f base -f override` does:
 * mappings merge key by key, `command`/`entrypoint`/health `test` are replaced, mounts merge
 * by target, and other sequences are appended without duplicates.
 *
 * @example
 * mergeService({ environment: { A: '1' } }, { environment: { B: '2' } }); // { environment: { A: '1', B: '2' } }
 */
export function mergeService(base: Service, patch: Partial<Service>): Service {
  return inheritSource(mergeValue(base, patch, '') as Service, base);
}

function mergeValue(base: unknown, patch: unknown, key: string): unknown {
  if (patch === undefined) return base;
  if (replaced.has(key) || base === undefined || base === null || patch === null) return patch;
  if (Array.isArray(base) && Array.isArray(patch)) return mergeSequence(base, patch, key);
  if (isMap(base) && isMap(patch)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(patch)) out[k] = mergeValue(base[k], v, k);
    return out;
  }
  return patch;
}

function mergeSequence(base: unknown[], patch: unknown[], key: string): unknown[] {
  const identity = (sequenceKeys[key] as ((entry: unknown) => string) | undefined) ?? ((entry: unknown) => JSON.stringify(entry));
  const out = [...base];
  for (const entry of patch) {
    const at = out.findIndex((e) => identity(e) === identity(entry));
    if (at >= 0) out[at] = entry;
    else out.push(entry);
  }
  return out;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The stack that results from applying a patch to it (for standalone variants and for
 * checking what `docker compose` will see with an override file).
 *
 * @example
 * applyPatch(app, { services: { web: { environment: { DEBUG: '1' } } } }).services.web;
 */
export function applyPatch(stack: ComposeStack, patch: StackPatch): ComposeStack {
  const { variants: _variants, file: _file, ...base } = stack;
  const out: ComposeStack = inheritSource({ ...base, services: { ...stack.services } }, stack);
  for (const [key, service] of Object.entries(patch.services ?? {})) {
    const existing = out.services[key];
    out.services[key] = existing ? mergeService(existing, service) : (service as Service);
  }
  for (const kind of ['networks', 'volumes', 'secrets', 'configs'] as const) {
    if (patch[kind]) out[kind] = { ...stack[kind], ...patch[kind] } as never;
  }
  return out;
}
