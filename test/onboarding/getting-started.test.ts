import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dslBin } from '../cli/run-dsl.js';
import { engineAvailable } from '../support/engine.js';
import { npmQuiet, packPackages } from '../support/packed-packages.js';

// docs/getting-started.md, followed as written in an empty folder outside the monorepo: every
// shell command of the page runs in order, each TypeScript sample becomes dsl.config.ts (and the
// page's server.js is saved) when the page reaches it, and `tsc --noEmit` runs after every
// change. A command the walk does not know fails it, so the page cannot gain a step untested.
// The page's base images (node:22-bookworm-slim, postgres:17) cannot be pulled here, so
// `dsl build` runs as --dry-run and `docker compose up` as `docker compose config`, which
// validates the stack without pulling.
const page = readFileSync(resolve(import.meta.dirname, '../../docs/getting-started.md'), 'utf8');

interface Block {
  lang: string;
  text: string;
}

function blocks(markdown: string): Block[] {
  return [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]! }));
}

describe('docs/getting-started.md, step by step', () => {
  const work = mkdtempSync(join(tmpdir(), 'dsl-test-getting-started-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('goes from an empty folder to a synthesised image and Compose stack, tsc --noEmit clean at every step', () => {
    const tarballs = packPackages(work);
    let cwd = work;
    const bin = (name: string) => join(cwd, 'node_modules', '.bin', name);
    const typeCheck = (why: string) => {
      const tsc = spawnSync(bin('tsc'), ['--noEmit'], { cwd, encoding: 'utf8' });
      expect(tsc.status, `tsc --noEmit after ${why}:\n${tsc.stdout}${tsc.stderr}`).toBe(0);
    };
    const dsl = (args: string[]) => {
      const r = spawnSync(bin('dsl'), args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status, `dsl ${args.join(' ')}:\n${r.stdout}${r.stderr}`).toBe(0);
      // Not even a warning: a file the page forgot to have the reader write shows up as DSL5060.
      expect(r.stderr, `dsl ${args.join(' ')}`).not.toMatch(/ (error|warning) DSL\d+/);
      return r.stdout;
    };
    const steps: string[] = [];
    let configs = 0;

    for (const block of blocks(page)) {
      if (block.lang === 'ts') {
        writeFileSync(join(cwd, 'dsl.config.ts'), block.text);
        configs++;
        typeCheck(`config sample ${configs}`);
        continue;
      }
      if (block.lang === 'js') {
        writeFileSync(join(cwd, 'server.js'), block.text);
        typeCheck('server.js');
        continue;
      }
      expect(block.lang, 'a code block the walk does not know').toBe('sh');
      for (const line of block.text.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l !== '')) {
        steps.push(line);
        if (line === 'mkdir shop-api && cd shop-api') {
          cwd = join(work, 'shop-api');
          mkdirSync(cwd);
        } else if (line === 'npm init -y') {
          npmQuiet(['init', '-y'], cwd);
        } else if (line === 'npx @dockerdsl/cli init') {
          // Not on the registry here: the repository's build stands in for the published CLI.
          const init = execFileSync(process.execPath, [dslBin, 'init'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
          const printed = /^ {2}(npm install --save-dev .*)$/m.exec(init)?.[1];
          const documented = /^npm install --save-dev .*$/m.exec(page)?.[0];
          // The page shows what init prints, without the version ranges.
          expect(printed?.replace(/(@dockerdsl\/[a-z]+)@\^[\d.]+/g, '$1').split(' ').sort(), init).toEqual(documented?.split(' ').sort());
        } else if (line.startsWith('npm install --save-dev ')) {
          const specs = line.split(' ').slice(3).map((spec) => tarballs[spec] ?? spec);
          npmQuiet(['install', '--save-dev', '--prefer-offline', ...specs], cwd);
        } else if (/^echo \S+ > \S+$/.test(line)) {
          const [, value, file] = /^echo (\S+) > (\S+)$/.exec(line)!;
          writeFileSync(join(cwd, file!), `${value}\n`);
        } else if (line === 'npx tsc --noEmit') {
          typeCheck('the install');
        } else if (line === 'npx dsl synth') {
          dsl(['synth']);
          expect(existsSync(join(cwd, '.dsl', 'out', 'shop-api.Dockerfile'))).toBe(true);
        } else if (line === 'npx dsl build') {
          expect(dsl(['build', '--dry-run'])).toContain('docker buildx bake');
        } else if (line === 'docker compose -f .dsl/out/compose.yaml up') {
          expect(readFileSync(join(cwd, '.dsl', 'out', 'compose.yaml'), 'utf8')).toMatch(/condition: service_healthy/);
          if (engineAvailable()) {
            const config = spawnSync('docker', ['compose', '-f', '.dsl/out/compose.yaml', 'config', '--quiet'], { cwd, encoding: 'utf8' });
            expect(config.status, config.stderr).toBe(0);
          }
        } else {
          throw new Error(`the walk does not know the command \`${line}\` of docs/getting-started.md: teach it here`);
        }
      }
    }
    expect(steps).toContain('npx dsl build');
    expect(configs).toBe(2);
  }, 900_000);
});
