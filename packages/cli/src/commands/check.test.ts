import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { tempProject } from '../test-support/temp-project.js';
import { memoryOutput } from '../ui/memory-output.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function project(files: Record<string, string>): string {
  const p = tempProject(files);
  cleanup = p.remove;
  return p.dir;
}

const clean = 'FROM busybox:1.36\nUSER 1000\nCMD ["true"]\n';
// An error when checked: the named volume is not declared at the top level.
const brokenCompose = 'services:\n  web:\n    image: web:1\n    volumes: ["data:/var/lib/web"]\n';
const missingStage = 'FROM busybox:1.36 AS build\nRUN true\nFROM busybox:1.36\nCOPY --from=biuld /x /x\nUSER 1000\n';

describe('dsl check FOLDER', () => {
  it('checks every Dockerfile under the folder in sorted order, named relative to the working folder', async () => {
    const dir = project({
      'services/web/Dockerfile': clean,
      'services/api/Dockerfile.dev': missingStage,
      'services/api/Dockerfile': missingStage,
      'services/node_modules/dep/Dockerfile': missingStage,
      'services/compose.yaml': brokenCompose,
    });
    const io = memoryOutput(dir);
    expect(await main(['check', 'services', '--json'], io)).toBe(1);
    const files = (JSON.parse(io.stdout()) as { diagnostics: { source?: { file: string } }[] }).diagnostics.map((d) => d.source?.file);
    expect([...new Set(files)]).toEqual(['services/api/Dockerfile', 'services/api/Dockerfile.dev']);
  });

  it('passes on a folder whose Dockerfiles are all clean', async () => {
    const dir = project({ 'a/Dockerfile': clean, 'b/b.Dockerfile': clean });
    const io = memoryOutput(dir);
    expect(await main(['check', '.'], io)).toBe(0);
    expect(io.stderr()).toContain('check passed: 0 errors, 0 warnings');
  });

  it('applies each folder’s .dockerignore to the Dockerfiles found there', async () => {
    const copyDist = 'FROM node:22.11-slim\nCOPY dist/server.js /app/\nUSER node\nCMD ["node", "/app/server.js"]\n';
    const dir = project({ 'ignored/Dockerfile': copyDist, 'ignored/.dockerignore': '# build output\ndist\n', 'plain/Dockerfile': copyDist });
    const io = memoryOutput(dir);
    await main(['check', '.', '--json'], io);
    const ignored = (JSON.parse(io.stdout()) as { diagnostics: { code: string; source?: { file: string } }[] }).diagnostics.filter((d) => d.code === 'DSL3048');
    expect(ignored.map((d) => d.source?.file)).toEqual(['ignored/Dockerfile']);
  });

  it('treats a folder without Dockerfiles, or a missing path, as a usage error, and checks a Compose file only when named', async () => {
    const dir = project({ 'deploy/compose.yaml': brokenCompose });
    const io = memoryOutput(dir);
    expect(await main(['check', 'deploy'], io)).toBe(2);
    expect(io.stderr()).toContain('no Dockerfile under deploy');
    const missing = memoryOutput(dir);
    expect(await main(['check', 'nowhere'], missing)).toBe(2);
    expect(missing.stderr()).toContain('cannot read nowhere');
    const named = memoryOutput(dir);
    expect(await main(['check', 'deploy/compose.yaml'], named)).toBe(1);
    expect(named.stdout()).toMatch(/^deploy\/compose\.yaml:\d+:\d+ error DSL4001 /m);
  });

  it('honours a # dsl ignore= comment above a service of a Compose file', async () => {
    const dir = project({ 'compose.yaml': `services:\n  # dsl ignore=DSL4001 the volume is created by the deploy job\n${brokenCompose.slice('services:\n'.length)}` });
    const io = memoryOutput(dir);
    expect(await main(['check', 'compose.yaml'], io)).toBe(0);
    expect(io.stdout()).not.toContain('DSL4001');
  });

  it('describes a Compose rule in SARIF from its metadata, as an image rule', async () => {
    const dir = project({ 'compose.yaml': brokenCompose });
    const io = memoryOutput(dir);
    await main(['check', 'compose.yaml', '--format', 'sarif'], io);
    const [rule] = JSON.parse(io.stdout()).runs[0].tool.driver.rules;
    expect(rule).toMatchObject({ id: 'DSL4001', name: 'UndeclaredVolume', defaultConfiguration: { level: 'error' }, helpUri: 'https://dockerdsl.dev/rules/DSL4001' });
    expect(rule.fullDescription.text).toContain('undefined volume');
  });
});
