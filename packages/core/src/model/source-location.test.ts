import { afterEach, describe, expect, it } from 'vitest';
import { attachSource, captureSource, inheritSource, setSourceCapture, sourceFileOf, sourceOf } from './source-location.js';
import { setTransformedSourceLookup } from './transformed-source.js';

afterEach(() => setSourceCapture(true));

describe('source locations', () => {
  it('capture where an object was made, pointing into this file', () => {
    const obj = captureSource({ a: 1 });
    const where = sourceOf(obj);
    expect(where?.file).toMatch(/source-location\.test\.ts$/);
    expect(where?.line).toBe(9);
    expect(where?.column).toBeGreaterThan(0);
  });

  it('are invisible to JSON and equality', () => {
    const obj = captureSource({ a: 1 });
    expect(JSON.stringify(obj)).toBe('{"a":1}');
    expect(obj).toEqual({ a: 1 });
    expect(Object.keys(obj)).toEqual(['a']);
  });

  it('can be attached, inherited and switched off', () => {
    const parsed = attachSource({}, { file: 'Dockerfile', line: 3, column: 1 });
    expect(sourceOf(parsed)).toEqual({ file: 'Dockerfile', line: 3, column: 1 });
    expect(sourceOf(inheritSource({}, parsed))).toEqual({ file: 'Dockerfile', line: 3, column: 1 });
    setSourceCapture(false);
    expect(sourceOf(captureSource({}))).toBeUndefined();
    expect(sourceOf(42)).toBeUndefined();
    expect(captureSource(Object.freeze({ x: 1 }))).toEqual({ x: 1 });
  });
});

describe('the file alone', () => {
  it('is the file sourceOf names, found without transforming the file again', () => {
    const captured = captureSource({});
    let transformed = 0;
    const was = setTransformedSourceLookup(() => {
      transformed++;
      return undefined;
    });
    try {
      expect(sourceFileOf(captured)).toMatch(/source-location\.test\.ts$/);
      expect(transformed).toBe(0);
      expect(sourceFileOf(captured)).toBe(sourceOf(captured)?.file);
      expect(transformed).toBe(1);
    } finally {
      setTransformedSourceLookup(was);
    }
    expect(sourceFileOf(attachSource({}, { file: 'Dockerfile', line: 3, column: 1 }))).toBe('Dockerfile');
    expect(sourceFileOf({})).toBeUndefined();
  });
});

describe('stored locations', () => {
  it('are read back as attached, and the wrapped form older copies of core stored still reads', () => {
    const where = { file: 'Dockerfile', line: 4, column: 2, endLine: 5, endColumn: 9 };
    expect(sourceOf(attachSource({}, where))).toBe(where);
    const older = {};
    Object.defineProperty(older, Symbol.for('dockerdsl.source'), { value: { location: where } });
    expect(sourceOf(older)).toBe(where);
  });

  it('attached: invisible to keys and equality, inherited, and replaced by a later inherited capture', () => {
    const where = { file: 'Dockerfile', line: 7, column: 1 };
    const step = attachSource({ kind: 'run', command: 'make' }, where);
    expect(Reflect.ownKeys(step)).toEqual(['kind', 'command']);
    expect(step).toStrictEqual({ kind: 'run', command: 'make' });
    expect(sourceOf(inheritSource({ ...step }, step))).toBe(where);
    const captured = captureSource({});
    const target = inheritSource(attachSource({}, where), captured);
    expect(sourceOf(target)).toEqual(sourceOf(captured));
    expect(sourceOf(attachSource(target, { ...where, line: 8 }))?.line).toBe(8);
  });
});
