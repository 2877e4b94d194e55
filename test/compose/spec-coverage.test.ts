import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';
import { composeSpecSchema } from './support/schema.js';

// The vendored specification schema is the list of what a Compose file of today may hold: every
// key it allows must be one the reader accepts, typed or kept as written.
const service = composeSpecSchema.definitions.service!.properties!;
const build = (service.build as { oneOf: Array<{ properties?: Record<string, unknown> }> }).oneOf.find((o) => o.properties)!.properties!;
const accepts = (text: string) => compose.readCompose(text).diagnostics.filter((d) => d.code === 'DSL4102' || d.code === 'DSL1003');

describe('the model covers the Compose Specification', () => {
  it('knows every service key', () => {
    const known = new Set<string>([...compose.serviceProperties.map(compose.snakeKey), ...compose.otherServiceKeys]);
    expect(Object.keys(service).filter((k) => !known.has(k))).toEqual([]);
  });

  it('types every build key', () => {
    const typed = new Set(Object.keys(compose.serviceSchema.shape.build.unwrap().shape).map(compose.snakeKey));
    expect(Object.keys(build).filter((k) => !typed.has(k))).toEqual([]);
  });

  it('reads every top-level key', () => {
    for (const key of Object.keys(composeSpecSchema.properties)) expect(accepts(`${key}: null\nservices: {}\n`), key).toEqual([]);
  });
});
