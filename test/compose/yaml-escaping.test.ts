import { compose } from '@dockerdsl/core';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const layout = { projectDir: '/p', outDir: '/p' };

describe('YAML output cannot be broken by user strings', () => {
  it('reads back every environment value, label and argument exactly (with $ kept literal), in YAML 1.2 and 1.1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (value, key, args) => {
        const text = compose.composeYaml({ services: { web: { image: 'x', environment: { [key]: value }, labels: { l: value }, command: args as [string, ...string[]] } } }, layout);
        for (const version of ['1.2', '1.1'] as const) {
          const web = (parse(text, { version }) as { services: { web: { environment: Record<string, string>; labels: Record<string, string>; command: string[] } } }).services.web;
          expect(web.environment).toEqual({ [key]: compose.literalDollars(value) });
          expect(web.labels.l).toBe(compose.literalDollars(value));
          expect(web.command).toEqual(args.map((a) => compose.literalDollars(a)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('quotes words YAML 1.1 would coerce', () => {
    const text = compose.composeYaml({ services: { web: { image: 'x', environment: { A: 'no', B: 'on', C: '0755', D: '22:22', E: '~', F: 'null', G: '1e3' } } } }, layout);
    expect((parse(text, { version: '1.1' }) as { services: { web: { environment: unknown } } }).services.web.environment).toEqual({ A: 'no', B: 'on', C: '0755', D: '22:22', E: '~', F: 'null', G: '1e3' });
  });

  it('quotes a value only where YAML needs it', () => {
    const plain = ['nginx:1.27', 'unless-stopped', '/app/data', 'a b', 'x=1', 'node server.js', 'https://example.com/x?y=1'];
    const quoted = ['no', 'On', '8080', '22:22', '', ' x', 'x ', 'a: b', '#x', 'a #b', '0755', '1e3', '~', 'true', '- x', '*x', '[x]', '{x}', 'a\nb', '.inf', '@x', '%x', '`x', '!x', '&x', '|', '>'];
    const environment = Object.fromEntries([...plain, ...quoted].map((v, i) => [`V${i}`, v]));
    const text = compose.composeYaml({ services: { web: { image: 'x', environment } } }, layout);
    plain.forEach((v, i) => expect(text).toContain(`V${i}: ${v}\n`));
    quoted.forEach((v, i) => expect(text).toContain(`V${plain.length + i}: "`));
    for (const version of ['1.2', '1.1'] as const) {
      expect((parse(text, { version }) as { services: { web: { environment: unknown } } }).services.web.environment).toEqual(environment);
    }
  });

  it('writes a value plain exactly when YAML 1.1 and 1.2 both read it back as written (paths, image references, digits), and a word that starts like an exponent quoted', () => {
    const readsBack = (v: string) => {
      try {
        return (['1.1', '1.2'] as const).every((version) => (parse(`k: ${v}\n`, { version }) as { k?: unknown } | null)?.k === v);
      } catch {
        return false;
      }
    };
    const value = fc.oneof(fc.stringMatching(/^(?:[A-Za-z/]|\.\.?\/|[0-9.:eE+-])[A-Za-z0-9_./:+-]{0,10}$/), fc.stringMatching(/^[0-9]{1,6}$/), fc.constantFrom('../api', './x', '.inf', '..', 'redis:7', 'a:', 'a::b', 'e3:x', 'yes:no', '1:2', '/x:1'));
    fc.assert(
      fc.property(value, (v) => {
        const text = compose.composeYaml({ services: { web: { image: 'x', environment: { V: v } } } }, layout);
        const exponentWord = /^[eE]-?[0-9][A-Za-z0-9_./-]*$/.test(v);
        expect(text.includes(`V: ${v}\n`), v).toBe(readsBack(v) && !exponentWord);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back word-like keys (letters, digits, _ and -), YAML 1.1 booleans and nulls in any case among them', () => {
    const word = fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,6}$/), fc.constantFrom('y', 'Y', 'yes', 'YES', 'No', 'n', 'ON', 'Off', 'true', 'FALSE', 'null', 'Null', 'NULL', 'yEs', 'e3', 'E3', 'e-3', 'E-12', 'e3x', 'x1e3', 'inf', 'nan'));
    fc.assert(
      fc.property(word, (key) => {
        const text = compose.composeYaml({ services: { web: { image: 'x', environment: { [key]: 'v' } } } }, layout);
        const web = (parse(text, { version: '1.1' }) as { services: { web: { environment: Record<string, string> } } }).services.web;
        expect(web.environment).toEqual({ [key]: 'v' });
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves braced interpolations to Compose and writes every other $ as $$', () => {
    expect(compose.literalDollars('a $ b $$ c ${TAG:-1} $HOME $1 $@')).toBe('a $$ b $$$$ c ${TAG:-1} $$HOME $$1 $$@');
    expect(compose.literalDollars('${A} ${A-x} ${A:?no} ${A+y} ${A:+y} ${1} ${A:-${B}} ${ ${A:x} \\${HOME}')).toBe('${A} ${A-x} ${A:?no} ${A+y} ${A:+y} $${1} $${A:-${B}} $${ $${A:x} $${HOME}');
  });

  it('writes DEL, C1 controls, NEL, LS, PS and a BOM as escapes, in values and keys', () => {
    const odd = 'a\x7fb\x85c\u2028d\u2029e\ufefff\x9f';
    const text = compose.composeYaml({ services: { web: { image: 'x', environment: { [odd]: odd } } } }, layout);
    expect(text).not.toMatch(/[\x7f-\x9f\u2028\u2029\ufeff]/);
    for (const version of ['1.2', '1.1'] as const) {
      expect((parse(text, { version }) as { services: { web: { environment: unknown } } }).services.web.environment).toEqual({ [odd]: odd });
    }
  });
});

describe('text a YAML file cannot hold', () => {
  it('rejects a lone surrogate with DSL1021 at its path', () => {
    const result = compose.compileCompose({ name: 'x', services: { web: { image: 'x', environment: { A: 'a\uD800' } } } }, { projectDir: '/p', outDir: '.' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['DSL1021', 'compose.x.services.web.environment.A']]);
  });
});
