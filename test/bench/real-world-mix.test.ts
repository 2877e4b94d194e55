import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDockerfile } from '@dockerdsl/core/tooling';

interface GeneratedFile {
  file: string;
  text: string;
}
interface MixModule {
  realWorldMix(count: number, seed?: number): GeneratedFile[];
  describeSet(files: readonly GeneratedFile[]): string;
}

// The generator is a plain .mjs module of the benchmarks, loaded by URL (it has no types).
const url = new URL('../../bench/support/real-world-mix.mjs', import.meta.url);
const { realWorldMix, describeSet } = (await import(url.href)) as MixModule;
const files = realWorldMix(300);
const kindOf = (f: GeneratedFile) => (/^\d{3}-app-/.test(f.file) ? 'short' : /^\d{3}-(?:source|binary|server|alpine|toolbox)-/.test(f.file) ? 'long' : 'medium');

describe('the real-world mix benchmark set', () => {
  it('is the same for the same seed and other for another', () => {
    expect(realWorldMix(300)).toEqual(files);
    expect(realWorldMix(300, 1).map((f) => f.text)).not.toEqual(files.map((f) => f.text));
  });

  it('holds 30 % short, 30 % medium and 40 % long files, interleaved, each named once', () => {
    const counts = { short: 0, medium: 0, long: 0 };
    for (const f of files) counts[kindOf(f)]++;
    expect(counts).toEqual({ short: 90, medium: 90, long: 120 });
    expect(new Set(files.map((f) => f.file)).size).toBe(300);
    expect(files.slice(0, 30).map(kindOf)).toEqual(expect.arrayContaining(['short', 'medium', 'long']));
  });

  it('is the size distribution its header documents', () => {
    const header = readFileSync(fileURLToPath(url), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('//'))
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join(' ');
    expect(header).toContain(describeSet(files));
  });

  it('holds files dockerdsl finds no error in and the peer linters check without crashing', () => {
    const require = createRequire(import.meta.url);
    const dockerfilelint = require('dockerfilelint') as { run(configPath: string, text: string): unknown[] };
    const dockerfileUtils = require('dockerfile-utils') as { validate(text: string): unknown[] };
    for (const f of files) {
      const errors = checkDockerfile(f.text, { file: f.file }).diagnostics.filter((d) => d.severity === 'error');
      expect(errors, f.file).toEqual([]);
      expect(() => dockerfilelint.run('.', f.text), f.file).not.toThrow();
      expect(() => dockerfileUtils.validate(f.text), f.file).not.toThrow();
    }
  });
});
