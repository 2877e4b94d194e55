import { execFile } from 'node:child_process';
import { imageTags, type BakeImage } from '@dockerdsl/core/tooling';
import { engineSocket, inspectImages } from '../docker/engine-socket.js';
import type { BuildFlags } from './build-flags.js';
import { inputDigestLabel } from './input-digests.js';

/**
 * An image `dsl build` need not build: every tag already names an image whose input-digest
 * label equals the digest computed now. `digest` is what the tags name (the registry's
 * manifest digest when pushed; the local image id otherwise).
 *
 * @example
 * const u: UnchangedImage = { digest: 'sha256:ab…', names: ['127.0.0.1:5000/acme/api:1'], pushed: true };
 */
export interface UnchangedImage {
  digest: string;
  names: string[];
  pushed: boolean;
  /** Bytes, for a local image (read in the same `docker image inspect`). */
  size?: number;
}

/** What a label reader knows of the image a tag names. */
export interface TaggedImage {
  digest: string;
  labels: Record<string, string>;
  size?: number;
}

/** Reads the labels a tag's image carries: from the local image store or a registry. */
export type LabelReader = (tags: readonly string[]) => Promise<Map<string, TaggedImage>>;

/**
 * Why this run builds every image whatever its input digest, or undefined when unchanged images
 * may be skipped. `--no-skip` asks for it; `--output` sends images somewhere dsl cannot look
 * (a folder, a tarball, an exporter of its own), so they are always built; `--no-cache` and
 * `--pull` ask for a fresh build, which a skip would silently not do.
 *
 * @example
 * skipBlocker({ ...noBuildFlags, outputs: ['type=local,dest=out'] }, true); // '--output'
 */
export function skipBlocker(flags: BuildFlags, skip: boolean): string | undefined {
  if (!skip) return '--no-skip';
  if (flags.outputs.length > 0) return '--output';
  if (flags.noCache) return '--no-cache';
  if (flags.pull) return '--pull';
  return undefined;
}

/**
 * The images whose every tag already names an image labelled with the input digest computed
 * now (images without a digest are never unchanged). `read` looks the tags up where this
 * build's result goes: the registry with `--push`, the local image store otherwise. A tag that
 * cannot be read (missing, unreachable registry, no credentials) means "build it".
 *
 * @example
 * await unchangedImages(plan.images, digests, localLabels); // Map { 'base' => { digest: 'sha256:…', … } }
 */
export async function unchangedImages(images: readonly BakeImage[], digests: ReadonlyMap<string, string | undefined>, read: LabelReader, pushed: boolean): Promise<Map<string, UnchangedImage>> {
  const candidates = images.filter((i) => digests.get(i.image.name) !== undefined);
  const found = await read([...new Set(candidates.flatMap((i) => imageTags(i.image)))]);
  const out = new Map<string, UnchangedImage>();
  for (const item of candidates) {
    const tags = imageTags(item.image);
    const seen = tags.map((t) => found.get(t));
    if (tags.length === 0 || seen.some((s) => s === undefined || s.labels[inputDigestLabel] !== digests.get(item.image.name))) continue;
    // Tags that name different images are out of step with each other: building re-aligns them.
    if (new Set(seen.map((s) => s!.digest)).size !== 1) continue;
    out.set(item.image.name, { digest: seen[0]!.digest, names: tags, pushed, ...(seen[0]!.size !== undefined ? { size: seen[0]!.size } : {}) });
  }
  return out;
}

/**
 * Labels, image ids and sizes of local images, by the tag asked for (tags docker does not know
 * are left out): from the Engine API on its unix socket when the docker CLI would use that
 * socket too, else from one `docker image inspect`.
 *
 * @example
 * await localLabels(['acme/api:1']); // Map { 'acme/api:1' => { digest: 'sha256:…', labels: { … }, size: 1071514 } }
 */
export const localLabels: LabelReader = async (tags) => {
  if (tags.length === 0) return new Map();
  const socket = engineSocket(process.env);
  const found = socket === undefined ? undefined : await inspectImages(socket, tags);
  if (found === undefined) return cliLabels(tags);
  const out = new Map<string, TaggedImage>();
  for (const [tag, image] of found) if (image && names(tag, image.RepoTags ?? [])) out.set(tag, { digest: image.Id, labels: image.Config?.Labels ?? {}, ...(image.Size !== undefined ? { size: image.Size } : {}) });
  return out;
};

/** Whether an image's tags include `tag` (as written or as docker normalises it), not just an id prefix that looks like it. */
function names(tag: string, repoTags: readonly string[]): boolean {
  return repoTags.includes(tag) || repoTags.includes(`docker.io/library/${tag}`) || repoTags.includes(`docker.io/${tag}`);
}

async function cliLabels(tags: readonly string[]): Promise<Map<string, TaggedImage>> {
  const out = new Map<string, TaggedImage>();
  // Plain execFile, not execa: when every image is unchanged this is the only docker call, and
  // loading execa would cost more than the call (a missing tag makes docker exit 1 after
  // printing the others, so the exit code is not an error here).
  const stdout = await new Promise<string>((resolve) => execFile('docker', ['image', 'inspect', '--format', '{{.Id}} {{.Size}} {{json .RepoTags}} {{json .Config.Labels}}', ...tags], { maxBuffer: 64 * 1024 * 1024, timeout: 30_000 }, (_error, text) => resolve(String(text ?? ''))));
  for (const line of stdout.split('\n')) {
    const m = /^(\S+) (\d+) (\[[^\]]*\]) (.*)$/.exec(line.trim());
    if (!m) continue;
    const repoTags = JSON.parse(m[3]!) as string[];
    const labels = (JSON.parse(m[4]!) ?? {}) as Record<string, string>;
    for (const tag of tags) if (names(tag, repoTags)) out.set(tag, { digest: m[1]!, labels, size: Number(m[2]) });
  }
  return out;
}

/**
 * A label reader over a registry client: each tag's manifest digest and config labels, read
 * in parallel; tags that cannot be read are left out.
 *
 * @example
 * const read = registryLabels(new RegistryClient());
 */
export function registryLabels(client: { labels(ref: string): Promise<TaggedImage> }): LabelReader {
  return async (tags) => {
    const results = await Promise.all(tags.map(async (tag) => [tag, await client.labels(tag).catch(() => undefined)] as const));
    return new Map(results.flatMap(([tag, r]) => (r ? [[tag, r] as const] : [])));
  };
}
