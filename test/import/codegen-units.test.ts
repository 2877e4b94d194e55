import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NamePool, toIdentifier } from '../../packages/cli/src/codegen/identifiers.js';
import { Code, literal, stringLiteral, templateLiteral } from '../../packages/cli/src/codegen/literals.js';
import { shellSegments } from '../../packages/cli/src/codegen/shell-segments.js';
import { importSources } from '../../packages/cli/src/codegen/index.js';

describe('literals', () => {
  it('writes strings, template literals and objects that evaluate back to the same values', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(new Function(`return ${stringLiteral(s)}`)()).toBe(s);
        expect(new Function(`return ${templateLiteral(s)}`)()).toBe(s);
      }),
    );
    expect(literal({ target: '/x', 'a.b': [1, true], from: new Code('build'), skip: undefined })).toBe("{ target: '/x', 'a.b': [1, true], from: build }");
  });
});

describe('identifiers', () => {
  it('makes camelCase names that are never reserved or imported names', () => {
    expect(toIdentifier('build-env')).toBe('buildEnv');
    expect(toIdentifier('2nd')).toBe('stage2nd');
    expect(toIdentifier('cache')).toBe('cacheStage');
    expect(toIdentifier('class')).toBe('classStage');
    expect(toIdentifier('---')).toBe('stage');
    const pool = new NamePool();
    expect([pool.take('build'), pool.take('build'), pool.take('build')]).toEqual(['build', 'build2', 'build3']);
  });
});

describe('shellSegments', () => {
  it('cuts at top-level separators, ; ending a piece and && starting one', () => {
    expect(shellSegments('set -eux; apt-get update && apt-get install -y "a && b"')).toEqual(['set -eux; ', 'apt-get update ', '&& apt-get install -y "a && b"']);
  });

  it('always joins back to exactly the command', () => {
    const piece = fc.constantFrom('a', 'b c', '"x && y"', "'; '", '$(p || q)', '&&', '||', ';', ' ', '  ', '{ r; }');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (command) => {
      expect(shellSegments(command).join('')).toBe(command);
    }));
  });
});

describe('image names of imported Dockerfiles', () => {
  it('names a plain Dockerfile after its folder, also when imported from inside that folder', () => {
    const { text } = importSources([{ file: 'Dockerfile', text: 'FROM alpine:3.20\n' }], { cwd: '/srv/shop/web' });
    expect(text).toContain("image('web'");
  });
});

describe('ARG documentation comments', () => {
  it("stay the ARG's own comment, which BuildKit reads as its documentation", () => {
    const { text } = importSources([{ file: 'api.Dockerfile', text: '# VERSION the release\nARG VERSION=1\nFROM alpine:3.20\n# PORT the port\nARG PORT\n' }], { cwd: '/srv' });
    expect(text).toContain("arg('VERSION', '1', { comment: 'VERSION the release' })");
    expect(text).toContain(".arg('PORT', undefined, { comment: 'PORT the port' })");
  });
});
