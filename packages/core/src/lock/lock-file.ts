import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lockDiagnostic } from './lock-codes.js';

/**
 * The lock file's name; it sits beside the config.
 *
 * @example
 * join(configDir, lockFileName); // …/dsl.lock.json
 */
export const lockFileName = 'dsl.lock.json';

/**
 * The lock format this version writes and reads.
 *
 * @example
 * emptyLock().version === lockVersion; // true
 */
export const lockVersion = 1;

/**
 * What a reference resolved to: the digest of the manifest its tag named (an index when the
 * image is multi-platform) and the platforms that manifest offers.
 *
 * @example
 * const e: LockEntry = { digest: 'sha256:…', mediaType: 'application/vnd.oci.image.index.v1+json', platforms: ['linux/amd64', 'linux/arm64'] };
 */
export interface LockEntry {
  digest: string;
  mediaType: string;
  /** `os/arch[/variant]`, sorted; attestation manifests (`unknown/unknown`) are left out. */
  platforms: string[];
  /** Set when the reference is a tag of this project's own image of that name (pushed by `dsl build --push`). */
  image?: string;
}

/**
 * `dsl.lock.json`: one entry per image reference as the project writes it.
 *
 * @example
 * const lock: ImageLock = { version: 1, images: { 'busybox:1.36': entry } };
 */
export interface ImageLock {
  version: typeof lockVersion;
  images: Record<string, LockEntry>;
}

const digest = z.string().regex(/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/, { error: 'a digest is algorithm:hex, such as sha256:…' });
const entrySchema = z.strictObject({
  digest,
  mediaType: z.string().min(1),
  platforms: z.array(z.string().min(1)),
  image: z.string().min(1).optional(),
});
const lockSchema = z.strictObject({ version: z.literal(lockVersion), images: z.record(z.string().min(1), entrySchema) });

/**
 * The lock file's text: keys sorted at every level, entries sorted by reference (code-unit
 * order, independent of locale), platforms sorted, two-space JSON, one value per line and a
 * final newline. Each entry spans several lines, so two pull requests that touch different
 * references change lines apart from each other and git merges them.
 *
 * @example
 * formatLock({ version: 1, images: {} }); // '{\n  "images": {},\n  "version": 1\n}\n'
 */
export function formatLock(lock: ImageLock): string {
  const images: Record<string, LockEntry> = {};
  for (const ref of Object.keys(lock.images).sort(byCodeUnits)) {
    const e = lock.images[ref]!;
    images[ref] = { digest: e.digest, ...(e.image !== undefined ? { image: e.image } : {}), mediaType: e.mediaType, platforms: [...new Set(e.platforms)].sort(byCodeUnits) };
  }
  return `${JSON.stringify({ images, version: lock.version }, null, 2)}\n`;
}

/**
 * Reads a lock file's text. Bad text is a diagnostic (conflict markers DSL5952, not JSON or
 * the wrong shape DSL1050, a newer version DSL1051), never an exception.
 *
 * @example
 * const { lock, diagnostics } = parseLock(readFileSync('dsl.lock.json', 'utf8'), 'dsl.lock.json');
 */
export function parseLock(text: string, file: string): { lock?: ImageLock; diagnostics: Diagnostic[] } {
  const marker = /^(?:<{7}|>{7})(?: |$)/m.exec(text);
  if (marker) {
    return { diagnostics: [lockDiagnostic('DSL5952', `${file} holds merge conflict markers`, ['lock'], { source: { file, line: lineAt(text, marker.index), column: 1 }, hint: 'keep either side, then run `dsl lock` to resolve what is missing' })] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    return { diagnostics: [lockDiagnostic('DSL1050', `${file} is not JSON: ${(error as Error).message}`, ['lock'], { source: { file, line: position ? lineAt(text, Number(position)) : 1, column: 1 } })] };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > lockVersion) {
    return { diagnostics: [lockDiagnostic('DSL1051', `${file} has version ${version}; this dsl reads version ${lockVersion}`, ['lock', 'version'], { source: { file, line: 1, column: 1 }, hint: 'update @dockerdsl/cli' })] };
  }
  const parsed = lockSchema.safeParse(data);
  if (!parsed.success) {
    return {
      diagnostics: parsed.error.issues.map((issue) =>
        lockDiagnostic('DSL1050', `${file}: ${issue.message}${issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''}`, ['lock', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], { source: { file, line: 1, column: 1 } }),
      ),
    };
  }
  return { lock: parsed.data as ImageLock, diagnostics: [] };
}

/**
 * An empty lock.
 *
 * @example
 * emptyLock().images; // {}
 */
export function emptyLock(): ImageLock {
  return { version: lockVersion, images: {} };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
