import { isAbsolute, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Image } from '../image/image.js';
import { sourceFileOf } from '../model/source-location.js';
import { bakeFile, type BakeImage } from './bake-file.js';
import { compareCodeUnits } from './code-unit-order.js';
import type { CompiledImage, CompiledStack } from './compile-project.js';
import { withHeader } from './dockerfile-header.js';
import { manifestText } from './manifest-text.js';
import { buildFilePrefix, isPlainName, manifestName, outputLockName } from './output-names.js';
import { synthCodes } from './synth-codes.js';

/**
 * A file synth writes, relative to the output folder.
 *
 * @example
 * const f: SynthFile = { path: 'api.Dockerfile', content: 'FROM scratch\n' };
 */
export interface SynthFile {
  path: string;
  content: string;
}

/**
 * Lays out the files of a synth run, in code-unit order of their names with the manifest last:
 * `<name>.Dockerfile` (with a header naming the file that defined the image),
 * `<name>.Dockerfile.dockerignore` where the image declares ignores, `docker-bake.json`, and
 * each stack's Compose files. A stack's file name that is not a plain name, is one synth or
 * `dsl build` keeps for itself (DSL5911), or is taken already (DSL5906) is reported instead.
 *
 * @example
 * const files = synthFiles({ images, bake, stacks, root: '/repo', configFile: '/repo/dsl.config.ts', manifestConfig: '../../dsl.config.ts' }, diagnostics);
 */
export function synthFiles(project: { images: readonly CompiledImage[]; bake: readonly BakeImage[]; stacks: readonly CompiledStack[]; root: string; configFile: string; manifestConfig: string }, diagnostics: Diagnostic[]): SynthFile[] {
  const { root, configFile } = project;
  const files: SynthFile[] = [];
  for (const c of project.images) {
    files.push({ path: `${c.image.name}.Dockerfile`, content: withHeader(c.dockerfile, definingFile(c.image, root, configFile)) });
    if (c.image.dockerignore) files.push({ path: `${c.image.name}.Dockerfile.dockerignore`, content: c.image.dockerignore.map((l) => `${l}\n`).join('') });
  }
  if (project.bake.length > 0) files.push({ path: 'docker-bake.json', content: bakeFile(project.bake, root) });
  for (const { stack, index, result } of project.stacks) {
    for (const file of result.files) {
      if (!isPlainName(file.path) || reservedNames.has(file.path) || file.path.startsWith(buildFilePrefix)) {
        diagnostics.push({ ...synthCodes.outputPath, severity: 'error', message: `a stack's file must be a plain file name inside the output folder, not ${JSON.stringify(file.path)}`, path: ['compose', stack.name ?? index, 'file'], hint: "e.g. file: 'web.compose.yaml'" });
      } else if (files.some((f) => f.path === file.path)) {
        diagnostics.push({ ...synthCodes.duplicateFile, severity: 'error', message: `two outputs would be written to ${file.path}`, path: ['compose', stack.name ?? index, 'file'], hint: 'give each stack its own file name (`file`)' });
      } else files.push({ path: file.path, content: file.text });
    }
  }
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  files.push({ path: manifestName, content: manifestText(files, project.manifestConfig) });
  return files;
}

/** Names synth keeps for itself in the output folder. */
const reservedNames = new Set([manifestName, outputLockName]);

// The header names the file that defined the image, relative to the config's folder; a file
// outside the project (a package in node_modules, a test harness) is not worth naming: the config is.
function definingFile(image: Image, root: string, configFile: string): string {
  const definedIn = sourceFileOf(image);
  const shown = definedIn === undefined ? undefined : relative(root, definedIn);
  const inside = shown !== undefined && shown !== '' && !shown.startsWith('..') && !isAbsolute(shown) && !shown.split(sep).includes('node_modules');
  return (inside ? shown : relative(root, configFile)).split(sep).join('/');
}
