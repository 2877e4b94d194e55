import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { type Image } from '@dockerdsl/core';
import { externalReferences, imageBuildInputs } from '@dockerdsl/core/tooling';
import { contextFiles, dockerignoreLines, fileFacts } from './context-files.js';
import { contextReads, isRead, mayHoldRead } from './context-reads.js';

/**
 * Everything that decides what a build of one image produces, in a form that can be hashed:
 * the context files its COPY/ADD/bind mounts read as BuildKit receives them, the generated
 * Dockerfile, the build settings, the ids of the secrets and SSH agents it mounts (never their
 * values), its named contexts, the base images it pulls, and the digests of the project images
 * it is built FROM.
 *
 * @example
 * const inputs: ImageInputs = collectImageInputs({ image, dockerfile, contextDir: '/repo', projectImages: new Map() });
 */
export interface ImageInputs {
  /** The files the context sends after `.dockerignore`, sorted by path, with a SHA-256 of each content. */
  context: { path: string; kind: 'file' | 'symlink'; executable: boolean; sha256: string }[];
  /** The generated Dockerfile text. */
  dockerfile: string;
  target?: string;
  buildArgs: Record<string, string>;
  platforms: string[];
  /** Ids of the secrets the Dockerfile mounts (a secret's value is never an input: it must not leave a trace). */
  secretIds: string[];
  /** Ids of the SSH agents it mounts, and the entitlements it is granted. */
  sshIds?: string[];
  entitlements?: string[];
  /** Per named context, what it is: a folder's files digest, a git URL, an image reference, or a project image's digest. */
  namedContexts?: Record<string, string>;
  /** Command-line settings that change the image (platforms, `--set`, attestations), in order. */
  settings?: string[];
  /** References of the images it pulls (`FROM`, `COPY --from`, mounts), as written: a tag or a locked digest. */
  baseImages: string[];
  /** Per reference to a project image it builds FROM, that image's own digest. */
  projectImages: Record<string, string>;
}

/**
 * The input digest: `sha256:` and the hex SHA-256 of the inputs in a canonical form (keys
 * sorted, lists in their own sorted order), so equal inputs give equal digests whatever order
 * they were gathered in, and any change to one input gives another digest.
 *
 * @example
 * inputDigest(collectImageInputs({ image, dockerfile, contextDir, projectImages: new Map() })); // 'sha256:3f0c…'
 */
export function inputDigest(inputs: ImageInputs): string {
  const canonical = {
    version: 1,
    context: [...inputs.context].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => [f.path, f.kind, f.executable, f.sha256]),
    dockerfile: inputs.dockerfile,
    target: inputs.target ?? null,
    buildArgs: sortedEntries(inputs.buildArgs),
    platforms: [...inputs.platforms].sort(),
    secretIds: [...new Set(inputs.secretIds)].sort(),
    sshIds: [...new Set(inputs.sshIds ?? [])].sort(),
    entitlements: [...new Set(inputs.entitlements ?? [])].sort(),
    namedContexts: sortedEntries(inputs.namedContexts ?? {}),
    settings: inputs.settings ?? [],
    baseImages: [...new Set(inputs.baseImages)].sort(),
    projectImages: sortedEntries(inputs.projectImages),
  };
  return `sha256:${createHash('sha256').update(JSON.stringify(canonical)).digest('hex')}`;
}

/**
 * Gathers an image's inputs from disk: lists and hashes the context files it reads (those its
 * COPY/ADD sources and bind mounts reach, after the `.dockerignore` BuildKit will apply; every
 * admitted file when a source uses a variable), hashes the folders of its named contexts, and
 * splits the images it references into base images and project images (those in
 * `projectImages`, keyed by the reference or context name the image uses).
 *
 * @example
 * const digest = inputDigest(collectImageInputs({ image, dockerfile: text, contextDir: '/repo', projectImages: new Map([['acme/base:dev', 'sha256:…']]) }));
 */
export function collectImageInputs(options: { image: Image; dockerfile: string; contextDir: string; target?: string; projectImages: ReadonlyMap<string, string>; root?: string; settings?: readonly string[] }): ImageInputs {
  const { image, contextDir } = options;
  const reads = contextReads(image);
  const paths = contextFiles(contextDir, dockerignoreLines(image, contextDir), (folder) => reads.everything || mayHoldRead(folder, reads.sources));
  const context = paths.filter((path) => reads.everything || isRead(path, reads.sources)).map((path) => hashedFile(contextDir, path));
  const references = externalReferences(image);
  const target = options.target ?? image.target;
  const inputs = imageBuildInputs(image);
  const namedContexts = Object.fromEntries(
    inputs.contexts.map((c) => {
      if (c.path !== undefined) return [c.name, folderDigest(join(options.root ?? contextDir, c.path))];
      if (c.project !== undefined) return [c.name, options.projectImages.get(c.name) ?? `project:${c.project}`];
      return [c.name, c.git !== undefined ? `git:${c.git}` : `image:${c.image}`];
    }),
  );
  return {
    context,
    dockerfile: options.dockerfile,
    ...(target !== undefined ? { target } : {}),
    buildArgs: { ...image.buildArgs },
    platforms: [...(image.platforms ?? [])],
    secretIds: secretIds(image),
    sshIds: inputs.ssh.map((s) => s.id),
    entitlements: [...inputs.entitlements],
    namedContexts,
    settings: [...(options.settings ?? [])],
    baseImages: references.filter((ref) => !options.projectImages.has(ref)),
    projectImages: Object.fromEntries(references.flatMap((ref) => (options.projectImages.has(ref) ? [[ref, options.projectImages.get(ref)!]] : []))),
  };
}

/** Every file of a folder context (no `.dockerignore` applied: reading more can only rebuild more). */
function folderDigest(folder: string): string {
  const files = contextFiles(folder, []).map((path) => hashedFile(folder, path));
  return `sha256:${createHash('sha256').update(JSON.stringify(files.map((f) => [f.path, f.kind, f.executable, f.sha256]))).digest('hex')}`;
}

function hashedFile(dir: string, path: string): ImageInputs['context'][number] {
  const facts = fileFacts(dir, path);
  return { path, kind: facts.kind, executable: facts.executable, sha256: createHash('sha256').update(facts.content).digest('hex') };
}

/**
 * The ids of the secrets an image mounts; a mount without an id gets BuildKit's default, the
 * last segment of its target.
 *
 * @example
 * secretIds(image); // ['npm-ca']
 */
export function secretIds(image: Image): string[] {
  const ids = new Set<string>();
  for (const stage of image.stages) {
    for (const step of stage.steps) {
      if (step.kind !== 'run') continue;
      for (const mount of step.mounts ?? []) {
        if (mount.type !== 'secret') continue;
        const id = mount.id ?? mount.target?.split('/').filter((p) => p !== '').at(-1) ?? mount.env;
        if (id) ids.add(id);
      }
    }
  }
  return [...ids].sort();
}

function sortedEntries(record: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
