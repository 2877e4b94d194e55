/**
 * `dsl import`: Dockerfiles → idiomatic TypeScript, written with ts-morph. Only this folder
 * loads ts-morph (it is slow to start), so load it lazily.
 *
 * @example
 * const { importFiles } = await import('./codegen/index.js');
 * const { text, diagnostics } = await importFiles(['Dockerfile']);
 */
export { importFiles, importSources, type ImportOptions, type ImportResult, type SourceFileInput } from './import-files.js';
