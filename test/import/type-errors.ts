import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const coreEntry = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));

/**
 * Type-checks generated modules (strict, `@dockerdsl/core` from the sources) and returns the
 * errors found in them, as `file: message` lines.
 *
 * @example
 * expect(typeErrors(['/tmp/x/stack.ts'])).toEqual([]);
 */
export function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [fileURLToPath(new URL('../../node_modules/@types', import.meta.url))],
    paths: { '@dockerdsl/core': [coreEntry] },
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || files.includes(d.file.fileName))
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}
