import type { Image } from '../image/image.js';
import { mapStackReferences } from '../lock/stack-references.js';
import { imageTags } from './image-deps.js';

/**
 * The tags of the project's images (its own and those its stacks build) to the image's name.
 *
 * @example
 * projectTags([api], []); // Map { 'acme/api:1' => 'api' }
 */
export function projectTags(images: readonly unknown[], stacks: readonly unknown[]): Map<string, string> {
  const tags = new Map<string, string>();
  const add = (image: unknown): void => {
    const i = image as Partial<Image> | null;
    if (i && typeof i === 'object' && typeof i.name === 'string') for (const tag of imageTags(i as Image)) if (!tags.has(tag)) tags.set(tag, i.name);
  };
  images.forEach(add);
  for (const stack of stacks) mapStackReferences(stack, [], (ref) => ref, (image) => (add(image), image));
  return tags;
}
