/**
 * The Dockerfile parser: text → typed image model with source ranges and DSL5xxx diagnostics.
 *
 * @example
 * import { parseDockerfile } from '@dockerdsl/core/tooling';
 * const { image, diagnostics } = parseDockerfile(text, { file: 'Dockerfile' });
 */
export { parseDockerfile, type ParseOptions, type ParseResult } from './parse-dockerfile.js';
export { parseCodes, type ParseCode } from './codes.js';
export { flagSourcesOf } from './flag-sources.js';
export { variableReferences, type VariableReference, type VariableProblem } from './variables.js';
export { imageNameFor } from './directives.js';
