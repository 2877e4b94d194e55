import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSecret, readGoWork, readUvWorkspace, readWorkspace, stage, toImage, type ImageInput } from '@dockerdsl/core';
import { sourceOf } from '@dockerdsl/core/tooling';
import { goApp } from './go.js';
import { goWorkspaceApp } from './go-workspace.js';
import { nodeApp } from './node.js';
import { nodeWorkspaceApp } from './node-workspace.js';
import { pythonApp } from './python.js';
import { staticBinary } from './static-binary.js';
import { uvWorkspaceApp } from './uv-workspace.js';

// Core keeps only a few stack frames per captured location; a preset's steps are made several
// calls deep (preset → helper → builder method → instruction). Every stage and step of every
// preset, with the options that take the longest paths, must still point at the user's call.

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dsl-preset-where-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

/** Every object of the image that has a location, named for the failure message. */
function locatedParts(input: ImageInput): [string, object][] {
  const image = toImage(input);
  return [['image', image], ...image.stages.flatMap((s) => [[`stage ${s.name}`, s] as [string, object], ...s.steps.map((step, n) => [`stage ${s.name} step ${n} (${step.kind})`, step] as [string, object])])];
}

const testLines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
/** The line marked `// at:<mark>`, where the preset is called. */
const lineOf = (mark: string): number => testLines.findIndex((l) => l.endsWith(`// at:${mark}`)) + 1;

function expectAllHere(input: ImageInput, mark: string): void {
  const line = lineOf(mark);
  const misplaced = locatedParts(input)
    .map(([what, part]) => [what, sourceOf(part)] as const)
    .filter(([, where]) => !where?.file.endsWith('source-locations.test.ts') || where.line !== line)
    .map(([what, where]) => `${what}: ${where ? `${where.file}:${where.line}` : 'no location'}`);
  expect(misplaced).toEqual([]);
}

const tls = buildSecret('ca-bundle', { env: 'CA_BUNDLE' });
const health = { command: ['/usr/local/bin/app', 'health'] as [string, ...string[]] };
const runtimeWithApt = { image: 'debian:bookworm-slim', aptPackages: ['tzdata'] };
const extras = { env: { TZ: 'UTC' }, labels: { team: 'platform' }, args: ['serve'], ports: [8080] };

describe('a preset from this repository', () => {
  it('gives every stage and step the line of the user’s call', () => {
    expectAllHere(goApp({ name: 'api', buildImage: { image: 'debian:bookworm', aptPackages: ['golang-go'] }, runtimeImage: runtimeWithApt, healthcheck: health, ...extras }).image(), 'goApp'); // at:goApp
    expectAllHere(staticBinary({ name: 'tool', from: stage('build', { from: 'rust:1.82' }).run('cargo build'), runtimeImage: runtimeWithApt, healthcheck: health, ...extras }).image(), 'staticBinary'); // at:staticBinary
    expectAllHere(nodeApp({ name: 'web', packageManager: 'pnpm', npmrc: buildSecret('npmrc', { file: '.npmrc' }), caBundle: tls, runtimeImage: runtimeWithApt, ...extras }).image(), 'nodeApp'); // at:nodeApp
    expectAllHere(pythonApp({ name: 'worker', runtimeImage: runtimeWithApt, ...extras }).image(), 'pythonApp'); // at:pythonApp
  });

  it('does so for the workspace presets too', () => {
    const node = readWorkspace(folder({ 'package.json': '{"workspaces":["apps/*","packages/*"]}', 'pnpm-lock.yaml': '', 'pnpm-workspace.yaml': 'packages:\n  - apps/*\n  - packages/*\n', 'apps/api/package.json': '{"name":"@x/api","scripts":{"build":"tsc"},"dependencies":{"@x/lib":"*"}}', 'packages/lib/package.json': '{"name":"@x/lib","scripts":{"build":"tsc"}}' }));
    const go = readGoWork(folder({ 'go.work': 'go 1.22\n\nuse (\n\t./api\n\t./lib\n)\n', 'api/go.mod': 'module example.com/api\n\nrequire (\n\texample.com/lib v0.0.0\n\tgolang.org/x/text v0.14.0\n)\n', 'api/go.sum': '', 'lib/go.mod': 'module example.com/lib\n' }));
    const uv = readUvWorkspace(folder({ 'pyproject.toml': '[tool.uv.workspace]\nmembers = ["apps/*"]\n', 'apps/api/pyproject.toml': '[project]\nname = "api"\nversion = "0.1.0"\n', 'uv.lock': 'version = 1\n' }));
    expectAllHere(nodeWorkspaceApp({ name: 'api', workspace: node, package: '@x/api', caSecret: 'npm-ca', runtimeImage: runtimeWithApt, ...extras }).image(), 'nodeWorkspaceApp'); // at:nodeWorkspaceApp
    expectAllHere(goWorkspaceApp({ name: 'api', workspace: go, module: 'example.com/api', buildImage: { image: 'debian:bookworm', aptPackages: ['golang-go'] }, runtimeImage: runtimeWithApt, healthcheck: health, ...extras }).image(), 'goWorkspaceApp'); // at:goWorkspaceApp
    expectAllHere(uvWorkspaceApp({ name: 'api', workspace: uv, package: 'api', runtimeImage: runtimeWithApt, ...extras }).image(), 'uvWorkspaceApp'); // at:uvWorkspaceApp
  });
});
