import { isAbsolute, resolve } from 'node:path';
import type { BuildSecret, SshAgent } from '@dockerdsl/core';
import { UsageError } from '../ui/exit.js';

/**
 * Build settings from the command line, in buildx's own terms, applied to every image built.
 *
 * @example
 * const flags: BuildFlags = { ...noBuildFlags, push: true, platforms: ['linux/amd64', 'linux/arm64'] };
 */
export interface BuildFlags {
  builder?: string;
  /** `--secret`, added to (and overriding by id) the secrets the definitions declare. */
  secrets: BuildSecret[];
  /** `--ssh`, added to (and overriding by id) the declared agents. */
  ssh: SshAgent[];
  /** `--set`, passed through after dsl's own overrides (so they win). */
  set: string[];
  load: boolean;
  push: boolean;
  outputs: string[];
  platforms?: string[];
  cacheFrom: string[];
  cacheTo: string[];
  sbom?: string;
  provenance?: string;
  noCache: boolean;
  pull: boolean;
}

/** Build flags that change nothing. */
export const noBuildFlags: BuildFlags = { secrets: [], ssh: [], set: [], load: false, push: false, outputs: [], cacheFrom: [], cacheTo: [], noCache: false, pull: false };

/**
 * Reads a `--secret` value as buildx writes it: `id=x,src=path` (or `source=`), `id=x,env=VAR`,
 * with an optional `type=file|env`. A relative `src` is made absolute against `cwd`.
 *
 * @example
 * parseSecretFlag('id=npm,env=NPM_TOKEN', '/repo'); // { id: 'npm', env: 'NPM_TOKEN' }
 * parseSecretFlag('id=ca,src=ca.pem', '/repo'); // { id: 'ca', file: '/repo/ca.pem' }
 */
export function parseSecretFlag(value: string, cwd: string): BuildSecret {
  const fields = new Map<string, string>();
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new UsageError(`--secret takes id=…,src=… or id=…,env=…, not '${value}'`);
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1));
  }
  const id = fields.get('id');
  const src = fields.get('src') ?? fields.get('source');
  const env = fields.get('env');
  const type = fields.get('type');
  const unknown = [...fields.keys()].filter((k) => !['id', 'src', 'source', 'env', 'type'].includes(k));
  if (unknown.length > 0) throw new UsageError(`--secret does not know ${unknown.join(', ')} (in '${value}')`);
  if (!id) throw new UsageError(`--secret needs an id (in '${value}')`);
  if (type !== undefined && type !== 'file' && type !== 'env') throw new UsageError(`--secret type is file or env, not '${type}'`);
  if ((src === undefined) === (env === undefined)) throw new UsageError(`--secret '${id}' needs exactly one of src= (a file) or env= (a variable)`);
  return src !== undefined ? { id, file: isAbsolute(src) ? src : resolve(cwd, src) } : { id, env: env! };
}

/**
 * Reads an `--ssh` value as buildx writes it: `default`, `id`, or `id=path[,path…]` (paths made
 * absolute against `cwd`).
 *
 * @example
 * parseSshFlag('default', '/repo'); // { id: 'default' }
 * parseSshFlag('deploy=keys/id', '/repo'); // { id: 'deploy', paths: ['/repo/keys/id'] }
 */
export function parseSshFlag(value: string, cwd: string): SshAgent {
  const eq = value.indexOf('=');
  const id = eq < 0 ? value : value.slice(0, eq);
  if (!/^[^,=\s]+$/.test(id)) throw new UsageError(`--ssh takes default, an id, or id=path[,path…], not '${value}'`);
  if (eq < 0) return { id };
  const paths = value.slice(eq + 1).split(',').filter(Boolean);
  if (paths.length === 0) throw new UsageError(`--ssh '${id}=' needs a socket or key path`);
  return { id, paths: paths.map((p) => (isAbsolute(p) ? p : resolve(cwd, p))) };
}

/** Flags of `dsl build` as cac parses them (repeatable ones arrive as a string or an array). */
export interface CliBuildFlags {
  builder?: string;
  secret?: string | string[];
  ssh?: string | string[];
  set?: string | string[];
  load?: boolean;
  push?: boolean;
  output?: string | string[];
  platform?: string;
  cacheFrom?: string | string[];
  cacheTo?: string | string[];
  sbom?: string | boolean;
  provenance?: string | boolean;
  /** `--no-cache` arrives as `cache: false`. */
  cache?: boolean;
  pull?: boolean;
}

/**
 * The build flags from the command line, checked (a bad `--secret` or `--ssh` is a usage error).
 *
 * @example
 * buildFlagsFromCli({ secret: 'id=npm,env=NPM_TOKEN', push: true }, '/repo');
 */
export function buildFlagsFromCli(flags: CliBuildFlags, cwd: string): BuildFlags {
  const platforms = flags.platform?.split(',').map((p) => p.trim()).filter(Boolean);
  const text = (v: string | boolean | undefined): string | undefined => (v === undefined ? undefined : String(v));
  return {
    ...(flags.builder ? { builder: flags.builder } : {}),
    secrets: list(flags.secret).map((s) => parseSecretFlag(s, cwd)),
    ssh: list(flags.ssh).map((s) => parseSshFlag(s, cwd)),
    set: list(flags.set),
    load: flags.load === true,
    push: flags.push === true,
    outputs: list(flags.output),
    ...(platforms?.length ? { platforms } : {}),
    cacheFrom: list(flags.cacheFrom),
    cacheTo: list(flags.cacheTo),
    ...(text(flags.sbom) !== undefined ? { sbom: text(flags.sbom)! } : {}),
    ...(text(flags.provenance) !== undefined ? { provenance: text(flags.provenance)! } : {}),
    noCache: flags.cache === false,
    pull: flags.pull === true,
  };
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
}
