import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Diagnostic } from '@dockerdsl/core';
import { imageBuildInputs, type BakeImage } from '@dockerdsl/core/tooling';
import { buildCodes, type BuildCode } from './build-codes.js';
import type { BuildFlags } from './build-flags.js';

/**
 * Whether the build inputs are there, before a build: every secret and SSH mount of the images
 * to build has a source (declared, or from `--secret`/`--ssh`), every declared secret file
 * exists and every secret variable is set — without reading a value — and the entitlements the
 * images need can be granted by this buildx (before 0.17: `network.host` for the whole image
 * only, a warning).
 *
 * @example
 * buildInputDiagnostics(selected, flags, { root: '/repo', env: process.env, bakeGrantsEntitlements: false });
 */
export function buildInputDiagnostics(images: readonly BakeImage[], flags: BuildFlags, context: { root: string; env: NodeJS.ProcessEnv; bakeGrantsEntitlements: boolean }): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (code: BuildCode, message: string, path: (string | number)[], hint?: string): void => {
    out.push({ code, rule: buildCodes[code].rule, severity: buildCodes[code].severity, message, path, ...(hint ? { hint } : {}) });
  };
  for (const { image } of images) {
    const inputs = imageBuildInputs(image);
    const secrets = new Map([...inputs.secrets, ...flags.secrets].map((s) => [s.id, s]));
    const agents = new Set([...inputs.ssh, ...flags.ssh].map((a) => a.id));
    image.stages.forEach((stage, s) =>
      stage.steps.forEach((step, n) => {
        if (step.kind !== 'run') return;
        step.mounts?.forEach((mount, m) => {
          const path = ['images', image.name, 'stages', stage.name ?? s, 'steps', n, 'mounts', m];
          if (mount.type === 'secret' && mount.required !== false) {
            const id = mount.id ?? mount.target?.split('/').pop();
            if (id !== undefined && !secrets.has(id)) report('DSL5933', `image '${image.name}' mounts the secret '${id}', which nothing supplies`, path, `declare it with buildSecret() or pass --secret id=${id},src=FILE (or env=VARIABLE)`);
          }
          if (mount.type === 'ssh' && mount.required !== false && !agents.has(mount.id ?? 'default')) report('DSL5933', `image '${image.name}' mounts the ssh agent '${mount.id ?? 'default'}', which nothing supplies`, path, `declare it with sshAgent() or pass --ssh ${mount.id ?? 'default'}`);
        });
      }),
    );
    for (const secret of secrets.values()) {
      if (secret.file !== undefined && !existsSync(resolve(context.root, secret.file))) report('DSL5935', `the secret '${secret.id}' of image '${image.name}' comes from ${secret.file}, which does not exist`, ['images', image.name, 'inputs', 'secrets', secret.id]);
      if (secret.env !== undefined && context.env[secret.env] === undefined) report('DSL5935', `the secret '${secret.id}' of image '${image.name}' comes from the environment variable ${secret.env}, which is not set`, ['images', image.name, 'inputs', 'secrets', secret.id]);
    }
    if (context.bakeGrantsEntitlements) continue;
    const ungrantable = inputs.entitlements.filter((e) => e !== 'network.host');
    if (ungrantable.length > 0) report('DSL5934', `image '${image.name}' needs ${ungrantable.join(' and ')}, which this buildx cannot grant to a bake build`, ['images', image.name, 'inputs', 'entitlements'], 'upgrade docker buildx to 0.17 or later (bake --allow)');
    if (inputs.entitlements.includes('network.host')) report('DSL5936', `image '${image.name}' needs network.host, which this buildx grants a bake build only for the whole image: its RUN steps without a --network of their own use the host's network too`, ['images', image.name, 'inputs', 'entitlements'], 'upgrade docker buildx to 0.17 or later to grant it to the --network=host steps alone');
  }
  return dedupe(out);
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => !seen.has(d.message) && seen.add(d.message) !== undefined);
}
