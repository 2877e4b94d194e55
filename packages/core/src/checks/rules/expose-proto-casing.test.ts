import { describe, expect, test } from 'vitest';
import { exposeProtoCasing } from './expose-proto-casing.js';
import { validateImage } from '../../index.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(exposeProtoCasing, {
  fires: [
    "FROM nginx:1.27\nEXPOSE 80/TcP",
    "FROM nginx:1.27\nEXPOSE 53/UDP",
  ],
  passes: [
    "FROM nginx:1.27\nEXPOSE 80/tcp 53/udp",
  ],
});

describe('ExposeProtoCasing on definitions', () => {
  test('is a Dockerfile-only rule because the port schema refuses any other casing', () => {
    expect(exposeProtoCasing.dockerfileOnly).toBe(true);
    const result = validateImage({ name: 'web', stages: [{ from: 'nginx:1.27', steps: [{ kind: 'expose', ports: ['80/TCP'] }] }] });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.diagnostics.map((d) => d.code)).toEqual(['DSL1013']);
  });
});
