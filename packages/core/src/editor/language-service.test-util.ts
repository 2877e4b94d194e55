import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A TypeScript language service over core's sources plus one snippet a user might write. */
export interface SnippetService {
  service: ts.LanguageService;
  /** The snippet's path (it imports core as `'../index.js'`). */
  file: string;
  /** Replaces the snippet's text. */
  write(text: string): void;
}

/**
 * A language service as an editor runs it, with the project's compiler settings.
 *
 * @example
 * const { service, file, write } = snippetService(); write("import { stage } from '../index.js';");
 */
export function snippetService(): SnippetService {
  const file = join(srcDir, 'editor', '__snippet__.ts');
  let text = '';
  let version = 0;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
  };
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [file],
    getScriptVersion: (name) => (name === file ? String(version) : '0'),
    getScriptSnapshot: (name) => {
      if (name === file) return ts.ScriptSnapshot.fromString(text);
      if (!ts.sys.fileExists(name)) return undefined;
      return ts.ScriptSnapshot.fromString(readFileSync(name, 'utf8'));
    },
    getCurrentDirectory: () => srcDir,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  return {
    service,
    file,
    write(next) {
      text = next;
      version++;
    },
  };
}

/**
 * The compiler's messages for the snippet, each flattened to one string with its chain.
 *
 * @example
 * errorsOf(s, "stage('x', { from: 'a' }).expose(70000);");
 */
export function errorsOf(s: SnippetService, text: string): string[] {
  s.write(text);
  return s.service.getSemanticDiagnostics(s.file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}
