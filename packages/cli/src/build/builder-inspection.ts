import type { Diagnostic } from '@dockerdsl/core';
import { dockerText } from '../docker/docker.js';
import { buildCodes } from './build-codes.js';
import { parseBuilderInspect, type BuilderInfo } from './builder-preflight.js';

/**
 * What `docker buildx inspect` says of a builder: its driver and platforms, or a DSL5930
 * diagnostic when it cannot be used (an unreachable engine is reported here, once, rather than
 * as one failed build per image), or `missingBuildx`. The signal stops the call when its answer
 * is no longer needed.
 *
 * @param name - the builder (`--builder`), or undefined for the current one
 * @example
 * const { info, diagnostics } = await inspectBuilder(undefined, new AbortController().signal);
 */
export async function inspectBuilder(name: string | undefined, signal: AbortSignal): Promise<{ info?: BuilderInfo; diagnostics: Diagnostic[]; unreachable?: boolean; missingBuildx?: boolean }> {
  const result = await dockerText(['buildx', 'inspect', ...(name ? [name] : [])], signal);
  // An engine that cannot be reached still exits 0, with an `Error:` line instead of nodes.
  const unreachable = /^Error:\s+(.+)$/m.exec(result.stdout)?.[1];
  if (result.exitCode === 0 && unreachable === undefined) return { info: parseBuilderInspect(result.stdout), diagnostics: [] };
  if (/'buildx' is not a docker command|unknown command "buildx"/.test(result.stderr)) return { diagnostics: [], missingBuildx: true };
  const code = 'DSL5930' as const;
  const why = unreachable ?? (result.stderr.trim() || `docker buildx inspect exited with ${result.exitCode}`);
  const hint = unreachable ? 'start the engine, or point at a running one with DOCKER_HOST or docker context use; docker info tells whether it answers' : 'list builders with docker buildx ls';
  return { unreachable: unreachable !== undefined, diagnostics: [{ code, rule: buildCodes[code].rule, severity: buildCodes[code].severity, message: `the builder ${name ? `'${name}'` : '(current)'} cannot be used: ${why}`, path: ['builder'], hint }] };
}

/**
 * Whether the engine uses the containerd image store, asked only when it matters: a docker-driver
 * builder and an image built for several platforms.
 *
 * @param platforms - the platforms each image builds
 * @example
 * await containerdStore(builder, new Map([['api', ['linux/amd64', 'linux/arm64']]])); // true on Docker 29
 */
export async function containerdStore(builder: BuilderInfo, platforms: ReadonlyMap<string, readonly string[]>): Promise<boolean> {
  if (builder.driver !== 'docker' || ![...platforms.values()].some((p) => p.length > 1)) return true;
  const info = await dockerText(['info', '--format', '{{json .DriverStatus}}']);
  return info.stdout.includes('io.containerd.snapshotter');
}
