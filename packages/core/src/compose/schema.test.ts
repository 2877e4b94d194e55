import { afterEach, describe, expect, it, vi } from 'vitest';

const stack = {
  name: 'shop',
  services: { web: { image: 'nginx:1.27', ports: [{ target: 80, published: 8080 }], healthcheck: { test: ['CMD', 'true'], retries: 3 }, restart: 'always' } },
};

/** Counts `new Function(…)` while `body` runs: zod compiles its generated parsers that way. */
async function functionsCompiled(body: () => Promise<void>): Promise<number> {
  const original = globalThis.Function;
  let count = 0;
  globalThis.Function = new Proxy(original, {
    construct(target, args) {
      count++;
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    await body();
  } finally {
    globalThis.Function = original;
  }
  return count;
}

afterEach(() => {
  vi.resetModules();
});

describe('validateStack on a cold start', () => {
  it('compiles no parser code: a stack is validated once per run', async () => {
    vi.resetModules(); // fresh schemas, which have generated nothing yet
    const { validateStack } = await import('./schema.js');
    expect(await functionsCompiled(async () => expect(validateStack(stack, ['compose', 'shop'])).toEqual([]))).toBe(0);
  });

  it('would compile parsers through zod’s default parse (what the test above guards against)', async () => {
    vi.resetModules();
    const { composeStackSchema } = await import('./schema.js');
    expect(await functionsCompiled(async () => expect(composeStackSchema.safeParse(stack).success).toBe(true))).toBeGreaterThan(0);
  });

  it('still reports what is wrong', async () => {
    const { validateStack } = await import('./schema.js');
    const diagnostics = validateStack({ services: { web: { imag: 'nginx' } } }, ['compose', 'shop']);
    expect(diagnostics.map((d) => d.message).join('\n')).toContain('imag');
  });
});
