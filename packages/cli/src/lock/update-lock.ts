import type { Diagnostic } from '@dockerdsl/core';
import { lockDiagnostic, lockVersion, parseImageRef, type ImageLock, type LockEntry } from '@dockerdsl/core/tooling';
import type { ProjectReference } from './project-references.js';
import { RegistryError } from './registry-auth.js';
import type { ResolvedImage } from './registry-client.js';

/**
 * How a reference's entry changed: added (no `before`), removed (no `after`) or moved.
 *
 * @example
 * const c: LockChange = { ref: 'busybox:1.36', before: old, after: now };
 */
export interface LockChange {
  ref: string;
  before?: LockEntry;
  after?: LockEntry;
}

/**
 * What the lock needs from a registry: the manifest a tag names now, and its digest alone.
 *
 * @example
 * const registry: Resolver = new RegistryClient();
 */
export interface Resolver {
  resolve(ref: string): Promise<ResolvedImage>;
  digest(ref: string): Promise<string>;
}

const concurrency = 8;

/**
 * The project's lock brought up to date: references missing from `current` are resolved, entries
 * the project no longer uses are dropped, and references selected for `update` are resolved
 * again. A project image that is not in its registry yet stays unlocked (a warning); any other
 * registry failure is an error, and the caller writes nothing.
 *
 * @example
 * const { lock, changes, diagnostics } = await updateLock(refs, current, new RegistryClient(), (ref) => ref === 'busybox:1.36');
 */
export async function updateLock(refs: readonly ProjectReference[], current: ImageLock | undefined, registry: Resolver, update: (ref: ProjectReference) => boolean = () => false): Promise<{ lock: ImageLock; changes: LockChange[]; diagnostics: Diagnostic[] }> {
  const before = current?.images ?? {};
  const images: Record<string, LockEntry> = {};
  const diagnostics: Diagnostic[] = [];
  await eachLimited(refs, async (ref) => {
    const kept = before[ref.ref];
    if (kept && !update(ref)) {
      images[ref.ref] = kept;
      return;
    }
    try {
      const resolved = await registry.resolve(ref.ref);
      images[ref.ref] = { digest: resolved.digest, mediaType: resolved.mediaType, platforms: resolved.platforms, ...(ref.image !== undefined ? { image: ref.image } : {}) };
    } catch (error) {
      diagnostics.push(registryDiagnostic(error, ref));
    }
  });
  const changes: LockChange[] = [];
  for (const ref of [...new Set([...Object.keys(before), ...Object.keys(images)])].sort(byCodeUnits)) {
    const [was, now] = [before[ref], images[ref]];
    if (!was && now) changes.push({ ref, after: now });
    else if (was && !now && !refs.some((r) => r.ref === ref)) changes.push({ ref, before: was });
    else if (was && now && (was.digest !== now.digest || was.platforms.join() !== now.platforms.join())) changes.push({ ref, before: was, after: now });
  }
  return { lock: { version: lockVersion, images }, changes, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * `dsl lock --check`: asks the registries (HEAD requests) whether each locked tag still names
 * its locked digest (DSL5956 for each that moved), and whether the lock covers exactly the
 * references the project uses (DSL5957).
 *
 * @example
 * const { moved, diagnostics } = await lockDrift(refs, lock, new RegistryClient());
 */
export async function lockDrift(refs: readonly ProjectReference[], lock: ImageLock, registry: Resolver): Promise<{ moved: { ref: string; before: string; after: string }[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const moved: { ref: string; before: string; after: string }[] = [];
  const used = new Set(refs.map((r) => r.ref));
  for (const ref of refs) {
    if (!lock.images[ref.ref] && ref.image === undefined) diagnostics.push(lockDiagnostic('DSL5957', `'${ref.ref}' is used but not locked`, ref.sites[0]!.path, { ...at(ref), hint: 'run `dsl lock`' }));
  }
  for (const ref of Object.keys(lock.images)) if (!used.has(ref)) diagnostics.push(lockDiagnostic('DSL5957', `'${ref}' is locked but no longer used`, ['lock', 'images', ref], { hint: 'run `dsl lock`' }));
  await eachLimited(
    refs.filter((r) => lock.images[r.ref]),
    async (ref) => {
      const locked = lock.images[ref.ref]!.digest;
      try {
        const now = await registry.digest(ref.ref);
        if (now === locked) return;
        moved.push({ ref: ref.ref, before: locked, after: now });
        diagnostics.push(lockDiagnostic('DSL5956', `'${ref.ref}' moved: ${short(locked)} → ${short(now)}`, ref.sites[0]!.path, { ...at(ref), hint: `run \`dsl lock --update ${ref.ref}\`` }));
      } catch (error) {
        diagnostics.push(registryDiagnostic(error, ref));
      }
    },
  );
  moved.sort((a, b) => byCodeUnits(a.ref, b.ref));
  return { moved, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * Whether a name given to `dsl lock --update` selects a reference: the reference itself, its
 * repository (`busybox` selects `busybox:1.36`), or the project image it names.
 *
 * @example
 * selects('busybox', { ref: 'busybox:1.36', sites: [] }); // true
 */
export function selects(name: string, ref: ProjectReference): boolean {
  return ref.ref === name || parseImageRef(ref.ref).name === name || ref.image === name;
}

/**
 * A digest as messages show it: the algorithm and the first 12 hex digits.
 *
 * @example
 * short('sha256:0123456789abcdef…'); // 'sha256:0123456789ab'
 */
export function short(digest: string): string {
  const colon = digest.indexOf(':');
  return digest.slice(0, colon + 13);
}

function registryDiagnostic(error: unknown, ref: ProjectReference): Diagnostic {
  if (!(error instanceof RegistryError)) throw error;
  const path = ref.sites[0]!.path;
  if (error.kind === 'not-found' && ref.image !== undefined) return lockDiagnostic('DSL5958', `'${ref.ref}' (project image ${ref.image}) is not in its registry yet, so it stays unlocked`, path, { ...at(ref), hint: 'push it (`dsl build --push`), then run `dsl lock --update`' });
  const code = error.kind === 'not-found' ? 'DSL5954' : error.kind === 'auth' ? 'DSL5955' : 'DSL5953';
  return lockDiagnostic(code, `cannot lock '${ref.ref}': ${error.message}`, path, at(ref));
}

function at(ref: ProjectReference): { source?: NonNullable<Diagnostic['source']> } {
  const source = ref.sites[0]?.source;
  return source ? { source } : {};
}

async function eachLimited<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => byCodeUnits(`${a.path.join('.')} ${a.code}`, `${b.path.join('.')} ${b.code}`));
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
