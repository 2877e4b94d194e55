import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dslBin } from '../cli/run-dsl.js';
import { describeWithEngine } from '../support/engine.js';
import { npmQuiet, packPackages } from '../support/packed-packages.js';
import { runName } from '../support/run-prefix.js';
import { buildNodeStandIn, buildPostgresStandIn } from './stand-in-images.js';

// docs/getting-started.md, followed as written in an empty folder outside the monorepo: every
// shell command of the page runs in order, each TypeScript sample becomes dsl.config.ts (and the
// page's server.js is saved) when the page reaches it, and `tsc --noEmit` runs after every
// change. A command the walk does not know fails it, so the page cannot gain a step untested.
// The page's public images (node:22-bookworm-slim, postgres:17) cannot be pulled here: local
// stand-ins take their place the way a company points builds at its mirror — `dsl build --set`
// with a BuildKit named context for the base image, and for Compose an override file of this
// run's (a local database image and this run's tag, project name and a free port). What the
// page builds and starts is otherwise its own: the image is built and the stack answers HTTP.
const page = readFileSync(resolve(import.meta.dirname, '../../docs/getting-started.md'), 'utf8');
// The mirror section of the private-registries guide gives the override; the walk uses it as
// written there, with the mirror's image swapped for this run's stand-in.
const mirrorGuide = readFileSync(resolve(import.meta.dirname, '../../docs/guides/private-registries.md'), 'utf8');
const mirrorSet = /^npx dsl build --set '(shop-api\.contexts\.node:22-bookworm-slim=docker-image:\/\/)\S+'$/m.exec(mirrorGuide)?.[1];

interface Block {
  lang: string;
  text: string;
}

function blocks(markdown: string): Block[] {
  return [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]! }));
}

const nodeStandIn = runName('getting-started-node:22');
const postgresStandIn = runName('getting-started-postgres:17');
const appTag = runName('getting-started-shop-api:dev');
const project = runName('getting-started');

describeWithEngine('docs/getting-started.md, step by step', () => {
  const work = mkdtempSync(join(tmpdir(), 'dsl-test-getting-started-'));
  const composeArgs = ['compose', '-f', '.dsl/out/compose.yaml', '-f', join(work, 'compose.override.yaml'), '-p', project];
  let composeDir = '';
  beforeAll(async () => {
    const started = Date.now();
    await Promise.all([buildNodeStandIn(nodeStandIn, join(work, 'stand-ins')), buildPostgresStandIn(postgresStandIn, join(work, 'stand-ins'))]);
    console.log(`stand-in images built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 900_000);
  afterAll(() => {
    const started = Date.now();
    if (composeDir) spawnSync('docker', [...composeArgs, 'down', '-v', '--remove-orphans', '--timeout', '0'], { cwd: composeDir, stdio: 'ignore' });
    // Deleting the layers takes the engine seconds: it goes on while other files test (and the
    // run's teardown removes what has this run's prefix, should it still be there).
    spawn('docker', ['image', 'rm', '-f', nodeStandIn, postgresStandIn, appTag], { detached: true, stdio: 'ignore' }).unref();
    rmSync(work, { recursive: true, force: true });
    console.log(`stack and folder removed (images go in the background) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('goes from an empty folder to a built image and a running Compose stack, tsc --noEmit clean at every step', async () => {
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
          const started = Date.now();
          expect(mirrorSet, 'the mirror override of docs/guides/private-registries.md').toBeDefined();
          dsl(['build', '--set', `shop-api.tags=${appTag}`, '--set', `${mirrorSet}${nodeStandIn}`]);
          const reply = spawnSync('docker', ['run', '--rm', '--entrypoint', 'node', appTag, '-e', 'console.log(process.getuid(), require("node:fs").readdirSync("."))'], { encoding: 'utf8' });
          expect(reply.stdout.trim(), reply.stderr).toBe("1000 [ 'node_modules', 'server.js' ]");
          console.log(`dsl build and a look inside the image: ${((Date.now() - started) / 1000).toFixed(1)} s`);
        } else if (line === 'docker compose -f .dsl/out/compose.yaml up') {
          expect(readFileSync(join(cwd, '.dsl', 'out', 'compose.yaml'), 'utf8')).toMatch(/condition: service_healthy/);
          composeDir = cwd;
          const started = Date.now();
          writeFileSync(join(work, 'compose.override.yaml'), composeOverride());
          const up = spawnSync('docker', [...composeArgs, 'up', '--wait', '--quiet-pull', '--no-color'], { cwd, encoding: 'utf8', timeout: 300_000 });
          expect(up.status, `${up.stdout}${up.stderr}`).toBe(0);
          const port = spawnSync('docker', [...composeArgs, 'port', 'api', '3000'], { cwd, encoding: 'utf8' }).stdout.trim();
          const response = await fetch(`http://${port}/`);
          expect(await response.text()).toBe('hello from shop-api\n');
          // The API started after db was healthy, and db read the secret the page wrote.
          const secret = spawnSync('docker', [...composeArgs, 'exec', 'api', 'cat', '/run/secrets/db-password'], { cwd, encoding: 'utf8' });
          expect(secret.stdout, secret.stderr).toBe('dev-only\n');
          console.log(`docker compose up --wait and the HTTP answer: ${((Date.now() - started) / 1000).toFixed(1)} s`);
        } else {
          throw new Error(`the walk does not know the command \`${line}\` of docs/getting-started.md: teach it here`);
        }
      }
    }
    expect(steps).toContain('npx dsl build');
    expect(steps).toContain('docker compose -f .dsl/out/compose.yaml up');
    expect(configs).toBe(2);
  }, 900_000);
});

/**
 * This run's changes to the page's stack: the database image becomes the local stand-in, the
 * API image this run's tag (the one `dsl build` made, so Compose builds nothing), its health
 * probed sooner (`--wait` waits for it), and its port a free one on the loopback (other runs
 * share the engine).
 */
function composeOverride(): string {
  return [
    'services:',
    '  db:',
    `    image: ${postgresStandIn}`,
    '    pull_policy: never',
    '  api:',
    `    image: ${appTag}`,
    '    pull_policy: never',
    // The image's own HEALTHCHECK, probed every second rather than Docker's default 30 s.
    '    healthcheck:',
    '      interval: 1s',
    '    ports: !override',
    '      - target: 3000',
    '        host_ip: 127.0.0.1',
    '',
  ].join('\n');
}
