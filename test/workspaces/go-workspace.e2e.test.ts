import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readGoWork, toDockerfile } from '@dockerdsl/core';
import { goWorkspaceApp } from '@dockerdsl/presets';
import { docker, removeImages } from '../cli/run-dsl.js';
import { describeWithEngine } from '../support/engine.js';

// goWorkspaceApp on the real engine with Debian's Go: the service's module and the library it
// requires are built; a third module of the workspace, which does not even compile, is
// neither in the context nor in the build.
const root = mkdtempSync(join(tmpdir(), 'dsl-test-gowork-'));
const tag = `dsl-test-gowork-${process.pid}-${Date.now().toString(36)}/hello:dev`;
afterAll(() => {
  removeImages([tag]);
  rmSync(root, { recursive: true, force: true });
});

const files: Record<string, string> = {
  'go.work': 'go 1.19\n\nuse (\n\t./hello\n\t./greet\n\t./broken\n)\n',
  'hello/go.mod': 'module example.com/ws/hello\n\ngo 1.19\n\nrequire example.com/ws/greet v0.0.0\n',
  'hello/cmd/hello/main.go': 'package main\n\nimport (\n\t"fmt"\n\t"os"\n\n\t"example.com/ws/greet"\n)\n\nfunc main() { fmt.Println(greet.Hello(os.Args[1:])) }\n',
  'greet/go.mod': 'module example.com/ws/greet\n\ngo 1.19\n',
  'greet/greet.go': 'package greet\n\nimport "strings"\n\n// Hello greets the names, or the world.\nfunc Hello(names []string) string {\n\tif len(names) == 0 {\n\t\treturn "Hello, world!"\n\t}\n\treturn "Hello, " + strings.Join(names, " and ") + "!"\n}\n',
  'broken/go.mod': 'module example.com/ws/broken\n\ngo 1.19\n',
  'broken/broken.go': 'package broken\n\nthis does not compile\n',
};

describeWithEngine('goWorkspaceApp on the real engine', () => {
  it('builds the module and what it requires from go.work, and nothing else', () => {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, 'context', name)), { recursive: true });
      writeFileSync(join(root, 'context', name), content);
    }
    const preset = goWorkspaceApp({
      name: 'hello',
      workspace: readGoWork(join(root, 'context')),
      module: 'example.com/ws/hello',
      package: './cmd/hello',
      buildImage: { image: 'local/debian:bookworm', aptPackages: ['ca-certificates', 'golang-go'] },
      healthcheck: false,
      ports: [],
    });
    const image = preset.toImage();
    writeFileSync(join(root, 'Dockerfile'), toDockerfile(preset.image()));
    writeFileSync(join(root, 'Dockerfile.dockerignore'), `${image.dockerignore!.join('\n')}\n`);
    const result = spawnSync('docker', ['buildx', 'build', '--progress=plain', '--load', '-t', tag, '-f', join(root, 'Dockerfile'), join(root, 'context')], { encoding: 'utf8', timeout: 1_500_000 });
    expect(result.status, result.stderr.slice(-4000)).toBe(0);
    expect(docker(['run', '--rm', tag, 'monorepo', 'go.work'])).toBe('Hello, monorepo and go.work!');
  }, 1_800_000);
});
