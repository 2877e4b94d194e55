// The built core of a checkout as one object: the public entry point, `@dockerdsl/core/tooling`
// (parser, check runner, source capture) and the two pipeline steps the synth bench times on
// their own (resolve and print, internal modules). `root` is the checkout's directory; an older
// checkout without some of these modules (before the tooling entry point) gets the rest.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = ['index.js', 'tooling.js', 'resolve/stage-graph.js', 'compile/dockerfile.js'];

export async function loadCore(root) {
  const files = modules.map((m) => join(root, 'packages', 'core', 'dist', m)).filter((file) => existsSync(file));
  const parts = await Promise.all(files.map((file) => import(pathToFileURL(file).href)));
  return Object.assign({}, ...parts);
}
