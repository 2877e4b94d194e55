import type { Diagnostic } from '@dockerdsl/core';
import { buildCodes, type BuildCode } from './build-codes.js';

/**
 * What `docker buildx inspect` says about a builder: its driver and the platforms its first
 * node builds natively.
 *
 * @example
 * const info: BuilderInfo = { name: 'default', driver: 'docker', platforms: ['linux/amd64'] };
 */
export interface BuilderInfo {
  name: string;
  driver: string;
  platforms: string[];
}

/**
 * Reads `docker buildx inspect` text.
 *
 * @example
 * parseBuilderInspect('Name: default\nDriver: docker\n…\nPlatforms: linux/amd64, linux/386\n');
 * // { name: 'default', driver: 'docker', platforms: ['linux/amd64', 'linux/386'] }
 */
export function parseBuilderInspect(text: string): BuilderInfo {
  const field = (name: string): string | undefined => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim();
  return { name: field('Name') ?? '', driver: field('Driver') ?? '', platforms: (field('Platforms') ?? '').split(',').map((p) => p.trim().replace(/\*$/, '')).filter(Boolean) };
}

/** What the build asks of the builder. */
export interface BuildDemand {
  /** Platforms per image (the flag's, else the image's). */
  platforms: Map<string, string[]>;
  load: boolean;
  push: boolean;
  outputs: string[];
  /** Whether the engine keeps images in the containerd store (multi-platform images load there). */
  containerdStore: boolean;
}

/**
 * Diagnostics about a builder before any build: platforms it would emulate (or cannot build),
 * several platforms with `--load` (never loaded: an image store takes one platform), and
 * outputs the driver has no exporter for.
 *
 * @example
 * preflightDiagnostics({ name: 'default', driver: 'docker', platforms: ['linux/amd64'] }, demand);
 */
export function preflightDiagnostics(builder: BuilderInfo, demand: BuildDemand): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (code: BuildCode, message: string, path: (string | number)[], hint?: string): void => {
    out.push({ code, rule: buildCodes[code].rule, severity: buildCodes[code].severity, message, path, ...(hint ? { hint } : {}) });
  };
  const native = new Set(builder.platforms.map(normalise));
  for (const [image, platforms] of demand.platforms) {
    const emulated = platforms.filter((p) => native.size > 0 && !native.has(normalise(p)));
    if (emulated.length > 0) report('DSL5931', `image '${image}' builds ${emulated.join(', ')}, which builder '${builder.name}' does not run natively (${builder.platforms.join(', ')}): its RUN steps run under emulation, or fail without QEMU`, ['images', image, 'platforms'], 'use a builder with native nodes for those platforms (docker buildx create --append), or cross-compile in a stage FROM --platform=$BUILDPLATFORM');
    if (platforms.length > 1 && demand.load) report('DSL5932', `image '${image}' builds ${platforms.length} platforms; --load would put one platform in the image store and drop the others`, ['images', image, 'platforms'], 'use --push (or --output type=registry / type=oci,dest=…), or build one platform with --platform');
    if (platforms.length > 1 && builder.driver === 'docker' && !demand.containerdStore && !demand.push && demand.outputs.length === 0) report('DSL5932', `image '${image}' builds ${platforms.length} platforms, which the docker driver cannot export without the containerd image store`, ['images', image, 'platforms'], 'use --push, a docker-container builder, or enable the containerd image store');
  }
  if (builder.driver === 'docker' && !demand.containerdStore) {
    for (const output of demand.outputs) {
      const type = /(?:^|,)type=([^,]+)/.exec(output)?.[1] ?? output;
      if (['oci', 'tar', 'cacheonly'].includes(type)) continue;
      if (!['docker', 'image', 'registry', 'local'].includes(type)) report('DSL5932', `the docker driver has no '${type}' exporter`, ['output'], 'use a docker-container builder for other exporters');
    }
  }
  return out;
}

function normalise(platform: string): string {
  const [os, arch, variant] = platform.split('/');
  // linux/amd64/v2 still runs linux/amd64 natively; arm64 has no variant that matters here.
  if (arch === 'amd64' || arch === 'arm64') return `${os}/${arch}`;
  return variant ? `${os}/${arch}/${variant}` : `${os}/${arch}`;
}
