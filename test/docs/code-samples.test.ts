import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main, memoryOutput } from '@dockerdsl/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every ```ts sample of the user docs is a complete module: type-checked (strict, against the
// packages' published declarations, as a user's tsc would) and, when it has a default export,
// synthesised by the real CLI. A sample that drifts from the API fails here.
const root = resolve(import.meta.dirname, '../..');
const pages = [
  'README.md',
  'docs/getting-started.md',
  'docs/model.md',
  'docs/compose.md',
  'docs/migrating.md',
  'docs/ci.md',
  'docs/guides/monorepos.md',
  'docs/guides/private-registries.md',
  'packages/core/README.md',
  'packages/presets/README.md',
  // Rule pages: the TypeScript fix shown next to the Dockerfile one.
  ...readdirSync(join(root, 'docs/rules')).filter((name) => /^DSL\d+\.md$/.test(name)).sort().map((name) => `docs/rules/${name}`),
];

interface Sample {
  page: string;
  line: number;
  code: string;
  file: string;
}

/**
 * The fenced ```ts blocks of a Markdown page, with the line each starts on.
 *
 * @example
 * tsBlocks('# x\n```ts\nconst a = 1;\n```\n'); // [{ line: 3, code: 'const a = 1;\n' }]
 */
function tsBlocks(markdown: string): { line: number; code: string }[] {
  const blocks: { line: number; code: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    while (i + 1 < lines.length && !/^```\s*$/.test(lines[++i]!));
    blocks.push({ line: start + 1, code: `${lines.slice(start, i).join('\n')}\n` });
  }
  return blocks;
}

// Inside the repository, so '@dockerdsl/*' resolve to the workspace packages as installed ones do.
const dir = join(root, 'test', 'docs', `.samples-${process.pid}`);
const samples: Sample[] = pages.flatMap((page) =>
  tsBlocks(readFileSync(join(root, page), 'utf8'))
    // A rule page's own examples of definition mistakes are fragments; its TypeScript fix is a module.
    .filter(({ code }) => !page.startsWith('docs/rules/') || code.startsWith('import '))
    .map(({ line, code }) => ({ page, line, code, file: `${page.replace(/[^a-z0-9]+/gi, '-')}-${line}.ts` })),
);

describe('code samples in the docs', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'packages/presets/dist/index.d.ts'))) throw new Error('build the packages first (npm test does: turbo run build)');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    for (const sample of samples) writeFileSync(join(dir, sample.file), sample.code);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds samples on every page that teaches with code', () => {
    for (const page of pages.filter((p) => !p.startsWith('docs/rules/') && p !== 'docs/ci.md')) expect(samples.some((s) => s.page === page), page).toBe(true);
    expect(samples.filter((s) => s.page.startsWith('docs/rules/')).length).toBeGreaterThan(40);
    expect(tsBlocks('# x\n```ts\nconst a = 1;\n```\n')).toEqual([{ line: 3, code: 'const a = 1;\n' }]);
  });

  it('type-checks every sample with strict settings and Node\'s module rules', () => {
    const tsconfig = { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], isolatedModules: true }, files: samples.map((s) => s.file) };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    let output = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    // Errors name the page and line of the sample, not the temp file.
    const located = output.replace(/^(?:\S*\/)?(\S+?\.ts)\((\d+),(\d+)\)/gm, (whole, file: string, line: string) => {
      const sample = samples.find((s) => s.file === file);
      return sample ? `${sample.page}:${sample.line + Number(line) - 1}` : whole;
    });
    expect(located).toBe('');
  }, 180_000);

  it.each(samples.filter((s) => /^export default /m.test(s.code)).map((s) => [`${s.page}:${s.line}`, s] as const))('%s synthesises without errors', async (_, sample) => {
    const io = memoryOutput(dir, { NO_COLOR: '1' });
    const code = await main(['synth', '--stdout', '--config', sample.file], io);
    expect(io.stderr().split('\n').filter((l) => / error DSL/.test(l)), io.stderr()).toEqual([]);
    expect(code, io.stderr()).toBe(0);
    expect(io.stdout()).toMatch(/^FROM |^services:|^name: /m);
  }, 60_000);
});
