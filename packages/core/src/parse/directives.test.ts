import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../tooling.js';
import { imageNameFor } from './directives.js';
import { codesOf, parseClean } from './parse-helpers.test-util.js';

describe('parser directives', () => {
  it('reads syntax, escape and check with any key case and spacing', () => {
    const image = parseClean('# SYNTAX = docker/dockerfile:1.7\n#escape=`\n# check=skip=JSONArgsRecommended;error=true\nFROM a\n');
    expect(image.directives).toEqual({ syntax: 'docker/dockerfile:1.7', escape: '`', check: 'skip=JSONArgsRecommended;error=true' });
  });

  it('stops at the first blank line, comment or unknown directive', () => {
    expect(parseClean('# syntax=x\n\n# escape=`\nFROM a\n').directives).toEqual({ syntax: 'x' });
    expect(parseClean('# foo=bar\n# escape=`\nFROM a\n').directives).toBeUndefined();
  });

  it('switches the continuation token with escape=`', () => {
    const image = parseClean('# escape=`\nFROM mcr/windows\nRUN dir C:\\ `\n  && echo done\n');
    expect(image.stages[0]!.steps).toEqual([{ kind: 'run', command: 'dir C:\\   && echo done' }]);
  });

  it('rejects a repeated directive and an invalid escape token', () => {
    expect(codesOf('# escape=`\n# escape=\\\nFROM a\n')).toEqual(['DSL5011']);
    const d = parseDockerfile('# escape=x\nFROM a\n').diagnostics[0]!;
    expect([d.code, d.source?.line, d.source?.column]).toEqual(['DSL5010', 1, 1]);
  });
});

describe('imageNameFor', () => {
  it('names the image after the file or its folder', () => {
    expect(imageNameFor('services/api/Dockerfile')).toBe('api');
    expect(imageNameFor('docker/worker.Dockerfile')).toBe('worker');
    expect(imageNameFor('Dockerfile.Dev')).toBe('dev');
    expect(imageNameFor('Dockerfile')).toBe('image');
    expect(imageNameFor(undefined)).toBe('image');
  });

  it('gives what the version built on split and regular expressions gave, for any path', () => {
    const reference = (file: string): string => {
      if (!file) return 'image';
      const parts = file.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
      let name = (parts.at(-1) ?? '').replace(/\.dockerfile$/i, '').replace(/^dockerfile\.?/i, '');
      if (name === '') name = parts.at(-2) ?? 'image';
      name = name.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/^[^a-z0-9]+/, '');
      return name === '' ? 'image' : name;
    };
    const pieces = ['/', '\\', '.', 'Dockerfile', 'dockerFILE', '.dockerfile', 'api', 'A B', '_', '-', 'é', 'İ', '\u212a'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const file = parts.join('');
        expect(imageNameFor(file)).toBe(reference(file));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('parse codes', () => {
  it('lists every DSL5xxx code the parser and dsl import emit, each with a distinct rule name', async () => {
    const { parseCodes } = await import('@dockerdsl/core/tooling');
    const rules = Object.values(parseCodes).map((c) => c.rule);
    expect(new Set(rules).size).toBe(rules.length);
    expect(Object.keys(parseCodes).every((code) => /^DSL5\d{3}$/.test(code))).toBe(true);
    expect(parseCodes.DSL5030.rule).toBe('UnreadableFile');
    expect(parseCodes.DSL5031.rule).toBe('UndeclaredComposeReference');
  });
});
