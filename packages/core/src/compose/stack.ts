import { captureSource } from '../model/source-location.js';
import type { AiModel } from './ai-model.js';
import type { Config, ConfigHandle } from './config.js';
import type { IncludeEntry } from './include.js';
import type { Network, NetworkHandle } from './network.js';
import type { Secret, SecretHandle } from './secret.js';
import { serviceFromProps } from './define-service.js';
import { serviceDependencies, type AnyService, type ResourceHandle } from './service-handle.js';
import type { ServiceProps } from './service-props.js';
import type { Service } from './service.js';
import type { Volume, VolumeHandle } from './volume.js';
import type { Suppressions } from '../image/stage.js';

/**
 * Top-level resources of a stack, by key.
 *
 * @example
 * const r: StackResources = { networks: { webnet: null }, volumes: { pgdata: null } };
 */
export interface StackResources {
  networks?: Record<string, Network | null>;
  volumes?: Record<string, Volume | null>;
  secrets?: Record<string, Secret>;
  configs?: Record<string, Config>;
}

/**
 * Changes a variant makes to the base stack: services' properties (merged the way
 * `docker compose -f base -f override` merges) and more top-level resources.
 *
 * @example
 * const p: StackPatch = { services: { web: { environment: { NODE_ENV: 'development' } } } };
 */
export interface StackPatch extends StackResources {
  services?: Record<string, Partial<Service>>;
}

/**
 * A variant: an `override` file is the patch alone, applied on top of the base file
 * (`compose.override.yaml`, read by `docker compose` automatically); a `standalone` file is
 * the base with the patch merged in (`compose.prod.yaml`, used with `-f`).
 *
 * @example
 * const v: StackVariant = { file: 'compose.override.yaml', mode: 'override', patch: { services: { web: { command: ['npm', 'run', 'dev'] } } } };
 */
export interface StackVariant {
  file: string;
  mode: 'override' | 'standalone';
  patch: StackPatch;
}

/**
 * A Compose stack in plain form: what the compiler, the checks and the reader work on.
 *
 * @example
 * const s: ComposeStack = { name: 'shop', services: { web: { image: 'nginx:1.27' } } };
 */
export interface ComposeStack extends StackResources {
  /** The project name (lower-case letters, digits, `-` and `_`). */
  name?: string;
  services: Record<string, Service>;
  /**
   * Other Compose files whose services and resources join the project (paths relative to the
   * project root). Services here may refer to what they declare.
   */
  include?: IncludeEntry[];
  /** Language models the services use (service `models`). */
  models?: Record<string, AiModel>;
  /** The base file's name (default `compose.yaml`). */
  file?: string;
  variants?: StackVariant[];
  /** Compose rules silenced on the whole stack, each with the reason (not written to the file). */
  ignore?: Suppressions;
  [extension: `x-${string}`]: unknown;
}

/**
 * A patch written with handles; service keys must be services of the stack.
 *
 * @example
 * const p: PatchInput<'web'> = { services: { web: { environment: { DEBUG: '1' } } } };
 */
export interface PatchInput<Keys extends string> {
  services?: { [K in Keys]?: Partial<ServiceProps> };
  networks?: readonly NetworkHandle[];
  volumes?: readonly VolumeHandle[];
  secrets?: readonly SecretHandle[];
  configs?: readonly ConfigHandle[];
}

/**
 * What `stack()` takes.
 *
 * @example
 * const options: StackOptions<[typeof web]> = { services: [web], environments: { prod: { services: { web: { restart: 'always' } } } } };
 */
export interface StackOptions<S extends readonly AnyService[]> {
  /**
   * The services, as handles; the services they depend on or extend come in on their own.
   * @example services: [web, api]
   */
  services: S;
  /**
   * Networks no service refers to (those services use are declared automatically).
   * @example networks: [network('monitoring', { external: true })]
   */
  networks?: readonly NetworkHandle[];
  /**
   * Volumes no service refers to (those services mount are declared automatically).
   * @example volumes: [volume('backups')]
   */
  volumes?: readonly VolumeHandle[];
  /**
   * Secrets no service receives (those services use are declared automatically).
   * @example secrets: [secret('tls_key', { file: './tls/key.pem' })]
   */
  secrets?: readonly SecretHandle[];
  /**
   * Configs no service receives (those services use are declared automatically).
   * @example configs: [config('feature_flags', { content: 'beta=on' })]
   */
  configs?: readonly ConfigHandle[];
  /**
   * Other Compose files to include (see `ComposeStack.include`).
   * @example include: ['../shared/monitoring.compose.yaml']
   */
  include?: IncludeEntry[];
  /**
   * Language models, by key (see `ComposeStack.models`).
   * @example models: { llm: { model: 'ai/smollm2' } }
   */
  models?: Record<string, AiModel>;
  /**
   * The base file's name. Default `compose.yaml`.
   * @example file: 'docker-compose.yml'
   */
  file?: string;
  /**
   * Files applied on top of the base, by file name; `compose.override.yaml` is read by `docker compose` on its own.
   * @example overrides: { 'compose.override.yaml': { services: { web: { environment: { DEBUG: '1' } } } } }
   */
  overrides?: Record<string, PatchInput<S[number]['key']>>;
  /**
   * Complete files per environment, written as `compose.<env>.yaml` (used with `-f`).
   * @example environments: { prod: { services: { web: { restart: 'always' } } } }
   */
  environments?: Record<string, PatchInput<S[number]['key']>>;
  /**
   * Top-level `x-` extension fields, written as they are.
   * @example extensions: { 'x-owner': 'team-payments' }
   */
  extensions?: Record<`x-${string}`, unknown>;
  /**
   * Compose rules silenced on the whole stack, each with the reason (a service's own `ignore` silences them on that service only).
   * @example ignore: { DSL4014: 'the project name is set by the deploy tool' }
   */
  ignore?: Suppressions;
}

/**
 * Builds a stack from service handles. Networks, volumes, secrets and configs the services
 * use are declared from their handles, and so are services they depend on or extend.
 *
 * @param name - the project name (`name:` in the file, and `-p` of `docker compose`)
 * @param options - `services` (handles), `file`, `overrides`, `environments`, extra `networks`/`volumes`/`secrets`/`configs`
 *
 * @example
 * const app = stack('shop', { services: [web, db], overrides: { 'compose.override.yaml': { services: { web: { environment: { DEBUG: '1' } } } } } });
 */
export function stack<const S extends readonly AnyService[]>(name: string, options: StackOptions<S>): ComposeStack {
  const out: ComposeStack = captureSource({ name, services: {} });
  if (options.file !== undefined) out.file = options.file;
  if (options.include !== undefined) out.include = options.include;
  if (options.models !== undefined) out.models = options.models;
  if (options.ignore !== undefined) out.ignore = options.ignore;
  const resources: ResourceHandle[] = [...(options.networks ?? []), ...(options.volumes ?? []), ...(options.secrets ?? []), ...(options.configs ?? [])];
  const visit = (handle: AnyService): void => {
    if (handle.key in out.services || handle.included) return;
    serviceDependencies(handle).forEach(visit);
    out.services[handle.key] = handle.definition;
    resources.push(...handle.resources);
  };
  options.services.forEach(visit);
  Object.assign(out, declare(resources));
  const variants: StackVariant[] = [];
  for (const [file, patch] of Object.entries(options.overrides ?? {})) variants.push({ file, mode: 'override', patch: patchFrom(patch) });
  for (const [env, patch] of Object.entries(options.environments ?? {})) variants.push({ file: `compose.${env}.yaml`, mode: 'standalone', patch: patchFrom(patch) });
  if (variants.length > 0) out.variants = variants;
  Object.assign(out, options.extensions);
  return out;
}

function patchFrom(input: PatchInput<string>): StackPatch {
  const resources: ResourceHandle[] = [...(input.networks ?? []), ...(input.volumes ?? []), ...(input.secrets ?? []), ...(input.configs ?? [])];
  const services: Record<string, Partial<Service>> = {};
  for (const [key, props] of Object.entries(input.services ?? {}) as Array<[string, Partial<ServiceProps>]>) {
    const converted = serviceFromProps(props);
    services[key] = captureSource(converted.definition);
    resources.push(...converted.resources);
  }
  return { services, ...declare(resources) };
}

/** Top-level declarations for the handles, in order of first use. */
function declare(handles: readonly ResourceHandle[]): StackResources {
  const out: StackResources = {};
  for (const h of handles) {
    if (h.included) continue;
    const kind = `${h.kind}s` as const;
    const table = (out[kind] ??= {}) as Record<string, unknown>;
    if (!(h.key in table)) table[h.key] = h.kind === 'network' || h.kind === 'volume' ? (Object.keys(h.definition).length ? h.definition : null) : h.definition;
  }
  return out;
}
