import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { Image } from '../image/image.js';
import { sourceOf } from '../model/source-location.js';
import { collectBuildInputs } from './image-build-inputs.js';
import { buildInputCodes, type BuildInputCode } from '../build-inputs/codes.js';

/**
 * Validates an image's build inputs against its steps: every secret, SSH agent, named context
 * and entitlement a step uses is declared, and no id is declared twice with different sources.
 *
 * @example
 * validateBuildInputs(image, ['images', 'api']); // [{ code: 'DSL2032', … }] for an undefined context
 */
export function validateBuildInputs(image: Image, prefix: PathSegment[]): Diagnostic[] {
  const inputs = collectBuildInputs(image);
  const out: Diagnostic[] = [];
  const report = (code: BuildInputCode, message: string, path: PathSegment[], at: object | undefined, hint?: string): void => {
    const entry = buildInputCodes[code];
    const source = at ? sourceOf(at) : undefined;
    out.push({ code, rule: entry.rule, severity: entry.severity, message, path: [...prefix, ...path], ...(source ? { source } : {}), ...(hint ? { hint } : {}) });
  };
  const conflicts = <T extends object>(items: { value: T; path: PathSegment[] }[], key: (t: T) => string, what: string): Set<string> => {
    const first = new Map<string, T>();
    for (const { value, path } of items) {
      const seen = first.get(key(value));
      if (seen === undefined) first.set(key(value), value);
      else if (JSON.stringify(seen) !== JSON.stringify(value)) report('DSL2034', `${what} '${key(value)}' is declared twice with different sources`, path, value);
    }
    return new Set(first.keys());
  };
  const secrets = conflicts(inputs.secrets, (s) => s.id, 'build secret');
  const agents = conflicts(inputs.ssh, (s) => s.id, 'ssh agent');
  const contexts = conflicts(inputs.contexts, (c) => c.name, 'build context');
  const entitlements = new Set(inputs.entitlements);
  image.stages.forEach((stage, s) => {
    stage.steps.forEach((step, n) => {
      const at: PathSegment[] = ['stages', stage.name ?? s, 'steps', n];
      if (step.kind === 'copy' && step.from !== undefined && typeof step.from === 'object' && 'context' in step.from && !contexts.has(step.from.context)) {
        report('DSL2032', `COPY --from names the build context '${step.from.context}', which the image never defines`, [...at, 'from'], step, contextHint(step.from.context, contexts));
      }
      if (step.kind !== 'run') return;
      if (step.network === 'host' && !entitlements.has('network.host')) report('DSL2033', 'RUN --network=host needs the network.host entitlement', [...at, 'network'], step, "add 'network.host' to the image's inputs.entitlements (builds then pass --allow network.host)");
      if (step.security === 'insecure' && !entitlements.has('security.insecure')) report('DSL2033', 'RUN --security=insecure needs the security.insecure entitlement', [...at, 'security'], step, "add 'security.insecure' to the image's inputs.entitlements (and enable it on the builder)");
      step.mounts?.forEach((mount, m) => {
        const path = [...at, 'mounts', m];
        if (mount.type === 'secret') {
          const id = mount.id ?? (mount.target !== undefined ? mount.target.split('/').pop() : undefined);
          if (id !== undefined && !secrets.has(id)) report('DSL2030', `the secret mount uses id '${id}', which the image never declares`, path, step, secretHint(id, secrets));
        } else if (mount.type === 'ssh') {
          const id = mount.id ?? 'default';
          if (!agents.has(id)) report('DSL2031', `the ssh mount uses id '${id}', which the image never declares`, path, step, 'declare it with sshAgent() and mount the handle, or pass it with dsl build --ssh');
        } else if ('from' in mount && mount.from !== undefined && typeof mount.from === 'object' && 'context' in mount.from && !contexts.has(mount.from.context)) {
          report('DSL2032', `the mount's from names the build context '${mount.from.context}', which the image never defines`, [...path, 'from'], step, contextHint(mount.from.context, contexts));
        }
      });
    });
  });
  return out;
}

/**
 * The earlier name of `validateBuildInputs`.
 *
 * @deprecated Use `validateBuildInputs`; this name goes in the next release.
 * @example
 * checkBuildInputs(image, ['images', 'api']); // the same as validateBuildInputs(image, ['images', 'api'])
 */
export const checkBuildInputs = validateBuildInputs;

// A misspelt id names the declared one; otherwise the ways to declare it.
function secretHint(id: string, known: Set<string>): string {
  const near = didYouMean(id, [...known]);
  return near ? `did you mean '${near}'? (declared: ${[...known].join(', ')}); better, mount the buildSecret() handle itself` : 'declare it with buildSecret() (a file or an env variable) and mount the handle, or pass it with dsl build --secret';
}

function contextHint(name: string, known: Set<string>): string {
  const near = didYouMean(name, [...known]);
  return near ? `did you mean '${near}'?` : 'define it with buildContext() (a folder, git URL, image or project image) or in inputs.contexts';
}
