import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import { schemaCodes } from '../diagnostics/schema-codes.js';
import type { Image } from '../image/image.js';
import { sourceOf } from '../model/source-location.js';

/**
 * The oldest `docker/dockerfile` release that reads `RUN --mount=type=secret,env=…`.
 *
 * @example
 * syntaxAtLeast('docker/dockerfile:1.12', secretEnvSyntax); // true
 */
export const secretEnvSyntax = '1.10';

// `docker/dockerfile:1.10`, `docker.io/docker/dockerfile:1.10.0-labs@sha256:…`, `…:1`, `…:labs`.
const officialFrontend = /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?(?::([^@]+))?(?:@.*)?$/;

/**
 * Whether a `# syntax=` directive selects a Dockerfile frontend of at least `minimum`
 * (`major.minor`). No directive means the frontend built into the engine, which for the Docker
 * 26 line is older than every feature asked about here. Frontends other than the official
 * images are trusted to know what they read.
 *
 * @example
 * syntaxAtLeast('docker/dockerfile:1.10', '1.10'); // true
 * syntaxAtLeast(undefined, '1.10'); // false
 */
export function syntaxAtLeast(syntax: string | undefined, minimum: string): boolean {
  if (syntax === undefined) return false;
  const match = officialFrontend.exec(syntax);
  if (!match) return true;
  const tag = (match[1] ?? 'latest').replace(/-labs$/, '');
  const version = /^(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(tag);
  // `latest`, `labs`, `master` and a bare major follow the newest release.
  if (!version || version[2] === undefined) return true;
  const [wantMajor, wantMinor] = minimum.split('.').map(Number) as [number, number];
  const major = Number(version[1]);
  return major > wantMajor || (major === wantMajor && Number(version[2]) >= wantMinor);
}

/**
 * Diagnostics for features the image uses that its Dockerfile frontend cannot read, each
 * naming the `# syntax=` directive that opts in (set `directives.syntax` on the image).
 *
 * @example
 * frontendFeatureDiagnostics(image, ['images', 'api']); // [] when nothing newer is used
 */
export function frontendFeatureDiagnostics(image: Image, prefix: PathSegment[]): Diagnostic[] {
  if (syntaxAtLeast(image.directives?.syntax, secretEnvSyntax)) return [];
  const diagnostics: Diagnostic[] = [];
  image.stages.forEach((stage, s) => {
    stage.steps.forEach((step, n) => {
      if (step.kind !== 'run') return;
      (step.mounts ?? []).forEach((mount, m) => {
        if (mount.type !== 'secret' || mount.env === undefined) return;
        const diagnostic: Diagnostic = {
          code: 'DSL1026',
          rule: schemaCodes.DSL1026.rule,
          severity: 'error',
          message: `a secret mount with env needs Dockerfile syntax ${secretEnvSyntax} or later; the frontend built into Docker 26 rejects env=`,
          path: [...prefix, 'stages', stage.name ?? s, 'steps', n, 'mounts', m, 'env'],
          hint: `opt in with directives: { syntax: 'docker/dockerfile:${secretEnvSyntax}' } on the image (it writes # syntax=docker/dockerfile:${secretEnvSyntax}), or use target instead of env`,
        };
        const source = sourceOf(step);
        if (source) diagnostic.source = source;
        diagnostics.push(diagnostic);
      });
    });
  });
  return diagnostics;
}

/** The longest line BuildKit reads: its line scanner holds 64 KiB, newline included. */
export const maxLineBytes = 64 * 1024 - 1;

/**
 * A diagnostic for the first printed line BuildKit cannot read (it rejects the whole file).
 *
 * @example
 * longLineDiagnostic('FROM busybox\n', ['images', 'api']); // undefined
 */
export function longLineDiagnostic(text: string, prefix: PathSegment[]): Diagnostic | undefined {
  let start = 0;
  for (let line = 1; start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    // Counting UTF-16 units first skips the byte count on every ordinary line.
    if (stop - start > maxLineBytes / 3) {
      const bytes = Buffer.byteLength(text.slice(start, stop));
      if (bytes > maxLineBytes) {
        const keyword = /^\S*/.exec(text.slice(start, Math.min(stop, start + 40)))![0];
        return {
          code: 'DSL1022',
          rule: schemaCodes.DSL1022.rule,
          severity: 'error',
          message: `line ${line} of the Dockerfile (${keyword || 'a heredoc line'}) is ${bytes} bytes; BuildKit reads lines of at most ${maxLineBytes} bytes and rejects the file`,
          path: prefix,
          hint: 'move long values into files in the build context (COPY) or split long RUN scripts',
        };
      }
    }
    start = stop + 1;
  }
  return undefined;
}
