import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { builtinRules, checkDockerfile } from '@dockerdsl/core/tooling';
import { compose } from '@dockerdsl/core';
import { pipelineChecks, renderRuleIndex, renderRulePage } from '../../packages/core/src/checks/rule-docs.js';
import { renderComposeRulePage } from '../../packages/core/src/checks/compose-rule-page.js';
import type { AnyRule } from '@dockerdsl/core';
import { importSources } from '../../packages/cli/src/codegen/index.js';

/**
 * The rule's good Dockerfile example as `dsl import` writes it in TypeScript, for the page to
 * show next to the Dockerfile; none for rules about Dockerfiles only or whose examples are
 * already TypeScript, or when the example does not import cleanly.
 */
function typescriptFix(rule: AnyRule): string | undefined {
  if (rule.dockerfileOnly || rule.docs.exampleKind === 'definition') return undefined;
  const result = importSources([{ file: 'app.Dockerfile', text: rule.docs.good }], { cwd: '/' });
  return result.diagnostics.some((d) => d.severity === 'error') || result.text === '' ? undefined : result.text;
}

const docs = (name: string): string => fileURLToPath(new URL(`../../docs/rules/${name}`, import.meta.url));

describe('rule documentation', () => {
  test('the index lists every rule, the checks made elsewhere and the Compose rules', async () => {
    await expect(renderRuleIndex(builtinRules, pipelineChecks, compose.composeRules)).toMatchFileSnapshot(docs('README.md'));
  });

  test('the index lists each Compose rule with its metadata', () => {
    const index = renderRuleIndex(builtinRules, pipelineChecks, compose.composeRules);
    for (const rule of compose.composeRules) expect(index).toContain(`| [${rule.code}](${rule.code}.md) | ${rule.name} | ${rule.severity} | ${rule.docs.catalogue} |`);
  });

  for (const rule of compose.composeRules) {
    describe(`${rule.code} ${rule.name}`, () => {
      test('has a generated page that matches its metadata', async () => {
        await expect(renderComposeRulePage(rule)).toMatchFileSnapshot(docs(`${rule.code}.md`));
      });

      if (rule.docs.exampleKind === 'definition') {
        test('its bad definition fires, with this code only', async () => {
          expect(await definitionCodes(rule.code, 'bad', rule.docs.bad)).toEqual([rule.code]);
        });
        test('its good definition stays silent', async () => {
          expect(await definitionCodes(rule.code, 'good', rule.docs.good)).toEqual([]);
        });
      } else {
        test('its bad Compose file fires, with this code only', () => {
          expect(compose.checkComposeFile(rule.docs.bad).map((d) => d.code)).toEqual([rule.code]);
        });
        test('its good Compose file stays silent', () => {
          expect(compose.checkComposeFile(rule.docs.good)).toEqual([]);
        });
        test('its good example in TypeScript stays silent', async () => {
          expect(rule.docs.typescript).toMatch(/^import /);
          expect(await definitionCodes(rule.code, 'typescript', rule.docs.typescript!)).toEqual([]);
        });
      }
    });
  }

  test('codes and names are unique, across image and Compose rules', () => {
    const all = [...builtinRules, ...compose.composeRules];
    expect(new Set(all.map((r) => r.code)).size).toBe(all.length);
    expect(new Set(all.map((r) => r.name)).size).toBe(all.length);
  });

  for (const rule of builtinRules) {
    describe(`${rule.code} ${rule.name}`, () => {
      test('has a generated page that matches its metadata', async () => {
        await expect(renderRulePage(rule, { typescriptFix: typescriptFix(rule) })).toMatchFileSnapshot(docs(`${rule.code}.md`));
      });

      test('has its own test file with firing and silent cases', () => {
        const [file, exportName] = moduleOf(rule.code);
        const source = testSources[`${file}.test.ts`];
        expect(source, `packages/core/src/checks/rules/${file}.test.ts`).toBeDefined();
        expect(source).toContain(`ruleCases(${exportName}, {`);
        expect(source).toMatch(/fires: \[\n\s+\S/);
        expect(source).toMatch(/passes: \[\n\s+\S/);
      });

      if (rule.docs.exampleKind !== 'definition') {
        const options = { rules: [rule], severities: { [rule.code]: rule.severity } };
        test('its bad example fires', () => {
          expect(checkDockerfile(rule.docs.bad, options).diagnostics.filter((d) => d.code === rule.code).length).toBeGreaterThan(0);
        });
        test('its good example stays silent', () => {
          expect(checkDockerfile(rule.docs.good, options).diagnostics.filter((d) => d.code === rule.code)).toEqual([]);
        });
      }
    });
  }
});

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
// Each rule's file and its test sit side by side in core's checks/rules/.
const ruleDir = '../../packages/core/src/checks/rules/';
const ruleFiles = readdirSync(here(ruleDir));
const testSources = Object.fromEntries(ruleFiles.filter((f) => f.endsWith('.test.ts')).map((f) => [f, readFileSync(here(ruleDir + f), 'utf8')]));
const ruleSources = ruleFiles.filter((f) => !/\.test(-util)?\.ts$/.test(f)).map((f) => [f.replace(/\.ts$/, ''), readFileSync(here(ruleDir + f), 'utf8')] as const);

/** The rule file (without extension) and export name that define a code. */
function moduleOf(code: string): [string, string] {
  const found = ruleSources.find(([, text]) => text.includes(`code: '${code}'`));
  const exported = found && /export const (\w+) = defineRule/.exec(found[1])?.[1];
  if (!found || !exported) throw new Error(`no rule file defines ${code}`);
  return [found[0], exported];
}

// Inside the repository, so the examples' '@dockerdsl/core' resolves as it does for the tests.
const examplesDir = here(`./.compose-examples-${process.pid}`);
afterAll(() => rmSync(examplesDir, { recursive: true, force: true }));

/**
 * The codes synth reports for a Compose rule's TypeScript example: the module is loaded, and
 * each stack it exports (the config's `compose`, or a stack of its own) compiled.
 */
async function definitionCodes(code: string, which: string, source: string): Promise<string[]> {
  mkdirSync(examplesDir, { recursive: true });
  const file = join(examplesDir, `${code}-${which}.ts`);
  writeFileSync(file, source);
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown> & { default?: { compose?: compose.ComposeStack[] } };
  const stacks = [...(module.default?.compose ?? []), ...Object.values(module).filter((v): v is compose.ComposeStack => typeof v === 'object' && v !== null && 'services' in v)];
  expect(stacks.length, `${code} ${which} exports no stack`).toBeGreaterThan(0);
  return stacks.flatMap((stack) => compose.compileCompose(stack, { projectDir: examplesDir }).diagnostics.map((d) => d.code));
}
