import { compose } from '@dockerdsl/core';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';

const keys = ['image', 'build', 'ports', 'volumes', 'networks', 'depends_on', 'healthcheck', 'environment', 'command', 'secrets', 'deploy', 'extends', 'env_file', 'restart', 'labels', 'x-a', 'bogus', 'dependsOn', 'envFile', 'containerName'];
const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.oneof(fc.string(), fc.integer(), fc.dictionary(fc.constantFrom('target', 'source', 'condition', 'type', 'test'), fc.oneof(fc.string(), fc.integer())))), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(null))));
const service = fc.dictionary(fc.constantFrom(...keys), value);
const file = fc.record({ services: fc.dictionary(fc.string({ minLength: 1 }), fc.oneof(service, value)), networks: fc.oneof(value, fc.dictionary(fc.string(), value)) }, { requiredKeys: [] });

describe('readCompose and checkComposeFile on arbitrary input', () => {
  it('return diagnostics and never throw', () => {
    fc.assert(
      fc.property(fc.oneof(file, fc.anything()), (doc) => {
        const text = stringify(doc) ?? '';
        const diagnostics = compose.checkComposeFile(text, { file: 'fuzz.yaml' });
        for (const d of diagnostics) expect(d.code).toMatch(/^DSL[14]\d{3}$/);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        compose.checkComposeFile(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('compileCompose on arbitrary plain objects (JavaScript users)', () => {
  it('returns diagnostics or files and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(file, fc.anything()), (stack) => {
        const result = compose.compileCompose(stack as compose.ComposeStack, { projectDir: '/p', outDir: '/p' });
        expect(result.ok ? result.files.length : result.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
