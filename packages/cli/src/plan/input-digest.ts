import { createHash } from 'node:crypto';
import type { Image } from '@dockerdsl/core';
import { externalReferences } from '../synth/image-deps.js';
import { contextFiles, dockerignoreLines, fileFacts } from './context-files.js';

/**
 * Everything that decides what a build of one image produces, in a form that can be hashed:
 * the context as BuildKit receives it, the generated Dockerfile, the build settings, the ids of
 * the secrets it mounts (never their values), the base images it pulls, and the digests of the
 * project images it is built FROM.
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
    baseImages: [...new Set(inputs.baseImages)].sort(),
    projectImages: sortedEntries(inputs.projectImages),
  };
  return `sha256:${createHash('sha256').update(JSON.stringify(canonical)).digest('hex')}`;
}

/**
 * Gathers an image's inputs from disk: lists and hashes the files its context sends (with the
 * `.dockerignore` BuildKit will apply), and splits the images it references into base images
 * and project images (those in `projectImages`, keyed by the reference the image uses).
 *
 * @example
 * const digest = inputDigest(collectImageInputs({ image, dockerfile: text, contextDir: '/repo', projectImages: new Map([['acme/base:dev', 'sha256:…']]) }));
 */
export function collectImageInputs(options: { image: Image; dockerfile: string; contextDir: string; target?: string; projectImages: ReadonlyMap<string, string> }): ImageInputs {
  const { image, contextDir } = options;
  const context = contextFiles(contextDir, dockerignoreLines(image, contextDir)).map((path) => {
    const facts = fileFacts(contextDir, path);
    return { path, kind: facts.kind, executable: facts.executable, sha256: createHash('sha256').update(facts.content).digest('hex') };
  });
  const references = externalReferences(image);
  const target = options.target ?? image.target;
  return {
    context,
    dockerfile: options.dockerfile,
    ...(target !== undefined ? { target } : {}),
    buildArgs: { ...image.buildArgs },
    platforms: [...(image.platforms ?? [])],
    secretIds: secretIds(image),
    baseImages: references.filter((ref) => !options.projectImages.has(ref)),
    projectImages: Object.fromEntries(references.flatMap((ref) => (options.projectImages.has(ref) ? [[ref, options.projectImages.get(ref)!]] : []))),
  };
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
