import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of core, lowest first (docs/architecture.md explains each). A source file may import
 * files of its own folder and of any layer listed before its own, never one listed after it.
 * Files directly in `src/` (the entry points) form the top layer.
 */
const layers = [
  'model',
  'diagnostics',
  'print',
  'build-inputs',
  'instructions',
  'image',
  'builders',
  'validate',
  'resolve',
  'analysis',
  'parse',
  'compile',
  'checks',
  'compose',
  'lock',
  'workspace',
  'config',
  'synth',
  '.',
] as const;

const src = dirname(fileURLToPath(import.meta.url));
const isTestFile = (file: string) => /\.(test|test-d|test-util)\.ts$/.test(file);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !isTestFile(entry.name) ? [path] : [];
  });
}

/** The source files each file imports (relative imports only; `./x.js` names `./x.ts`). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => relative(src, resolve(dirname(file), name.replace(/\.js$/, '.ts'))));
    graph.set(relative(src, file), targets);
  }
  return graph;
}

const layerOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');

/** Every cycle's files, found as the strongly connected components with more than one file. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) visit(next);
      if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, low.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = stack.splice(stack.indexOf(file));
    if (component.length > 1) found.push(component);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** One way round a cycle, as `a.ts imports b.ts imports a.ts`. */
function cyclePath(component: string[], graph: Map<string, string[]>): string {
  const inside = new Set(component);
  const start = [...component].sort()[0]!;
  const path = [start];
  const walk = (file: string): boolean => {
    for (const next of graph.get(file) ?? []) {
      if (next === start) return true;
      if (!inside.has(next) || path.includes(next)) continue;
      path.push(next);
      if (walk(next)) return true;
      path.pop();
    }
    return false;
  };
  walk(start);
  return [...path, start].join(' imports ');
}

describe('the layers of core', () => {
  const graph = importGraph();

  it('puts every source folder in a layer', () => {
    const unplaced = [...graph.keys()].filter((file) => !(layers as readonly string[]).includes(layerOf(file)));
    expect(unplaced).toEqual([]);
  });

  it('has no import that runs back up a layer', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      const from = layers.indexOf(layerOf(file) as (typeof layers)[number]);
      for (const target of targets) {
        const to = layers.indexOf(layerOf(target) as (typeof layers)[number]);
        if (to > from) upward.push(`${file} imports ${target} (${layers[from]} is below ${layers[to]})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph).map((component) => cyclePath(component, graph))).toEqual([]);
  });
});
