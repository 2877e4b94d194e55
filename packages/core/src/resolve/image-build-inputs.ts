import type { Image } from '../image/image.js';
import { contextDeclaration, type BuildContext } from '../build-inputs/build-context.js';
import type { BuildInputs, Entitlement } from '../build-inputs/build-inputs.js';
import { mountedSecret, type BuildSecret } from '../build-inputs/build-secret.js';
import { mountedSsh, type SshAgent } from '../build-inputs/ssh-agent.js';

/**
 * Every build input of an image, with where each was found (for diagnostics).
 *
 * @example
 * const { secrets } = collectBuildInputs(image);
 */
export interface CollectedInputs {
  secrets: { value: BuildSecret; path: (string | number)[] }[];
  ssh: { value: SshAgent; path: (string | number)[] }[];
  contexts: { value: BuildContext; path: (string | number)[] }[];
  entitlements: Entitlement[];
}

/**
 * The image's declared inputs (`inputs`) plus the handles its mounts and COPY steps use, in
 * order of appearance, with a path (relative to the image) to each.
 *
 * @example
 * collectBuildInputs(image).secrets.map((s) => s.value.id); // ['npm_token']
 */
export function collectBuildInputs(image: Image): CollectedInputs {
  const inputs = image.inputs ?? {};
  const out: CollectedInputs = {
    secrets: (inputs.secrets ?? []).map((value, i) => ({ value, path: ['inputs', 'secrets', i] })),
    ssh: (inputs.ssh ?? []).map((value, i) => ({ value, path: ['inputs', 'ssh', i] })),
    contexts: (inputs.contexts ?? []).map((value, i) => ({ value, path: ['inputs', 'contexts', i] })),
    entitlements: [...(inputs.entitlements ?? [])],
  };
  image.stages.forEach((stage, s) => {
    const stageKey = stage.name ?? s;
    stage.steps.forEach((step, n) => {
      const at = ['stages', stageKey, 'steps', n];
      if (step.kind === 'copy') {
        const context = contextDeclaration(step.from);
        if (context) out.contexts.push({ value: context, path: [...at, 'from'] });
      }
      if (step.kind !== 'run') return;
      step.mounts?.forEach((mount, m) => {
        const path = [...at, 'mounts', m];
        const secret = mountedSecret.get(mount);
        if (secret) out.secrets.push({ value: secret, path });
        const agent = mountedSsh.get(mount);
        if (agent) out.ssh.push({ value: agent, path });
        const context = 'from' in mount ? contextDeclaration(mount.from) : undefined;
        if (context) out.contexts.push({ value: context, path: [...path, 'from'] });
      });
    });
  });
  return out;
}

/**
 * The distinct build inputs of an image (first declaration of each id wins; conflicting ones
 * are reported by `validateBuildInputs`).
 *
 * @example
 * imageBuildInputs(image); // { secrets: [{ id: 'npm_token', env: 'NPM_TOKEN' }], ssh: [], contexts: [], entitlements: [] }
 */
export function imageBuildInputs(image: Image): Required<{ [K in keyof BuildInputs]-?: NonNullable<BuildInputs[K]>[number][] }> {
  const c = collectBuildInputs(image);
  const distinct = <T>(items: { value: T }[], key: (t: T) => string): T[] => {
    const seen = new Map<string, T>();
    for (const { value } of items) if (!seen.has(key(value))) seen.set(key(value), value);
    return [...seen.values()];
  };
  return {
    secrets: distinct(c.secrets, (s) => s.id),
    ssh: distinct(c.ssh, (s) => s.id),
    contexts: distinct(c.contexts, (s) => s.name),
    entitlements: [...new Set(c.entitlements)],
  };
}
