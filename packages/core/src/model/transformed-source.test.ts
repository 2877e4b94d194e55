import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { originalPosition, setTransformedSourceLookup } from './transformed-source.js';

afterEach(() => setTransformedSourceLookup(undefined));

// The original puts a type annotation before the call, so the transformed line is shorter.
const original = "const s: string = f(1);\nconst t: string = g(s);\n";

function transformed(): string {
  return ts.transpileModule(original, { fileName: '/p/dsl.config.ts', compilerOptions: { inlineSourceMap: true, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
}

function at(code: string, line: number, text: string): number {
  return code.split('\n')[line - 1]!.indexOf(text) + 1;
}

describe('originalPosition', () => {
  it('leaves a position alone without a lookup, or for a file the lookup does not know', () => {
    expect(originalPosition('/p/dsl.config.ts', 1, 30)).toEqual({ line: 1, column: 30 });
    setTransformedSourceLookup(() => undefined);
    expect(originalPosition('/p/dsl.config.ts', 1, 30)).toEqual({ line: 1, column: 30 });
  });

  it("maps a frame in transformed code to the user's line and column, minus the wrapper on line 1", () => {
    const code = transformed();
    expect(at(code, 2, 'g(')).not.toBe(at(original, 2, 'g('));
    setTransformedSourceLookup((file) => (file === '/p/dsl.config.ts' ? { code, firstLineOffset: 10 } : undefined));
    expect(originalPosition('/p/dsl.config.ts', 2, at(code, 2, 'g('))).toEqual({ line: 2, column: at(original, 2, 'g(') });
    expect(originalPosition('/p/dsl.config.ts', 1, 10 + at(code, 1, 'f('))).toEqual({ line: 1, column: at(original, 1, 'f(') });
    expect(originalPosition('/p/other.ts', 2, 3)).toEqual({ line: 2, column: 3 });
  });
});
