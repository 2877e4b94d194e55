export * from './lock-codes.js';
export * from './lock-file.js';
export * from './platforms.js';
export * from './image-references.js';
export * from './stack-references.js';
export * from './apply-lock.js';
export { parseImageRef, type ImageRefParts } from '../analysis/image-ref.js';
