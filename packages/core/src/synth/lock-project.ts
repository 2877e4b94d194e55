import type { ComposeStack } from '../compose/stack.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { applyLockToImage, applyLockToStack } from '../lock/apply-lock.js';
import type { ImageLock } from '../lock/lock-file.js';
import { projectTags } from './project-tags.js';

/**
 * The lock synth applies, as the CLI reads it from beside the config (`dsl.lock.json`).
 *
 * @example
 * const use: SynthLock = { lock, file: 'dsl.lock.json', frozen: false, platforms: ['linux/arm64'] };
 */
export interface SynthLock {
  lock: ImageLock;
  /** The lock file's name as messages show it. */
  file: string;
  frozen: boolean;
  /** `--platform` of `dsl build`. */
  platforms?: readonly string[];
}

/**
 * The project's images and stacks with every locked reference pinned by digest, and what the
 * lock found (missing references, platforms a locked base lacks), each reported once even when
 * an image is both the config's and a stack's.
 *
 * @example
 * const { images, stacks, diagnostics } = lockProject(config.images.map(plainImage), config.compose ?? [], use);
 */
export function lockProject(images: readonly unknown[], stacks: readonly ComposeStack[], use: SynthLock): { images: unknown[]; stacks: ComposeStack[]; diagnostics: Diagnostic[] } {
  const options = { lock: use.lock, file: use.file, frozen: use.frozen, projectTags: projectTags(images, stacks), ...(use.platforms ? { platforms: use.platforms } : {}) };
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (found: Diagnostic[]): void => {
    for (const d of found) {
      const key = `${d.code} ${d.path.join('.')} ${d.message}`;
      if (!seen.has(key)) diagnostics.push(d);
      seen.add(key);
    }
  };
  const lockedImages = images.map((image) => {
    const name = (image as { name?: unknown } | null)?.name;
    const result = applyLockToImage(image, ['images', typeof name === 'string' ? name : images.indexOf(image)], options);
    report(result.diagnostics);
    return result.image;
  });
  const lockedStacks = stacks.map((stack, index) => {
    const result = applyLockToStack(stack, ['compose', stack?.name ?? index], options);
    report(result.diagnostics);
    return result.stack;
  });
  return { images: lockedImages, stacks: lockedStacks, diagnostics };
}
