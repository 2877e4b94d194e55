import { dirname, relative, resolve } from 'node:path';
import { compose, type Diagnostic } from '@dockerdsl/core';
import { imageNameFor, parseDockerfile } from '@dockerdsl/core/tooling';
import { IndentationText, Project, QuoteKind } from 'ts-morph';
import { readSource } from '../files/read-source.js';
import { NamePool } from './identifiers.js';
import { composeStatements } from './compose-module.js';
import { imageStatements, type ModuleStatement } from './image-module.js';

/** Options of `importFiles` and `importSources`. */
export interface ImportOptions {
  /** Where the module imports the DSL from (default `@dockerdsl/core`). */
  moduleSpecifier?: string;
  /** Paths in diagnostics and image names are relative to this folder (default: the process's). */
  cwd?: string;
}

/** Generated TypeScript (empty when any file has errors) and the problems found. */
export interface ImportResult {
  text: string;
  diagnostics: Diagnostic[];
}

/** One file to import: its name (for diagnostics and the image name) and its text. */
export interface SourceFileInput {
  file: string;
  text: string;
}

/**
 * Turns Dockerfiles and Compose files into one TypeScript module that uses the public API: each
 * stage becomes a named `stage()` handle, `COPY --from` an earlier stage becomes
 * `copyFrom(handle, …)`, exec forms become tuples, shell-form commands `sh\`…\``, comments stay
 * above what they describe, and each Dockerfile becomes an exported `image()`. Each Compose file
 * becomes `compose.service()` handles and an exported `compose.stack()`; a service that builds an
 * imported Dockerfile points at that image. The text is formatted; nothing is written.
 *
 * @example
 * const { text, diagnostics } = importSources([{ file: 'api.Dockerfile', text: 'FROM alpine\nCMD ["sh"]\n' }]);
 */
export function importSources(inputs: readonly SourceFileInput[], options: ImportOptions = {}): ImportResult {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const names = new NamePool();
  const imports = new Set<string>();
  const statements: ModuleStatement[] = [];
  const images = new NamePool();
  const imageVars = new Map<string, string>();
  const dockerfiles = inputs.filter((i) => !isComposeFile(i.file));
  for (const input of dockerfiles) {
    const parsed = parseDockerfile(input.text, { file: input.file });
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.image) continue;
    // The full path, so that a plain `Dockerfile` is named after its folder even when imported from inside it.
    const image = { ...parsed.image, name: images.take(imageNameFor(resolve(cwd, input.file))) };
    const added = imageStatements(image, names, imports);
    statements.push(...added);
    imageVars.set(resolve(cwd, input.file), added.at(-1)!.name);
  }
  const stacks = new NamePool();
  for (const input of inputs.filter((i) => isComposeFile(i.file))) {
    const read = compose.readCompose(input.text, { file: input.file });
    diagnostics.push(...read.diagnostics);
    if (!read.ok) continue;
    const dir = dirname(resolve(cwd, input.file));
    const imageFor = (build: NonNullable<compose.Service['build']>): string | undefined =>
      build.context === undefined ? undefined : imageVars.get(resolve(dir, build.context, build.dockerfile ?? 'Dockerfile'));
    const name = stacks.take(read.stack.name ?? stackNameFor(input.file));
    statements.push(...composeStatements(read.stack, name, { names, imports, imageFor, diagnostics, file: input.file }));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { text: '', diagnostics };
  return { text: writeModule(statements, imports, options.moduleSpecifier ?? '@dockerdsl/core'), diagnostics };
}

/** Compose files go by their extension: `.yaml` or `.yml`. */
function isComposeFile(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/** A stack name for a Compose file: `web-db.compose.yaml` → `web-db`, `app/compose.yaml` → `app`. */
function stackNameFor(file: string): string {
  const parts = file.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  const base = (parts.at(-1) ?? '').replace(/\.ya?ml$/i, '').replace(/(?:^|[.-])(?:docker-)?compose(?:[.-]|$)/i, '');
  const name = (base || parts.at(-2) || 'stack').toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+/, '');
  return name || 'stack';
}

/**
 * Reads Dockerfiles from disk and imports them into one module (see `importSources`). Unreadable
 * files are DSL5030 diagnostics; folders, FIFOs and devices DSL5040; files over 1 MiB DSL5041
 * (see `readSource`).
 *
 * @example
 * const { text } = await importFiles(['services/api/Dockerfile', 'services/web/Dockerfile']);
 */
export async function importFiles(paths: readonly string[], options: ImportOptions = {}): Promise<ImportResult> {
  const cwd = options.cwd ?? process.cwd();
  const inputs: SourceFileInput[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const file = relative(cwd, path) || path;
    const read = readSource(path, file);
    if (read.ok) inputs.push({ file, text: read.text });
    else diagnostics.push(read.diagnostic);
  }
  if (diagnostics.length > 0) return { text: '', diagnostics };
  return importSources(inputs, options);
}

function writeModule(statements: readonly ModuleStatement[], imports: ReadonlySet<string>, moduleSpecifier: string): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const file = project.createSourceFile('import.ts', '');
  // One manipulation for all statements: ts-morph re-parses the file after each one.
  file.addStatements((writer) => {
    statements.forEach((s, i) => {
      if (i > 0) writer.blankLine();
      if (s.comments.length > 0) writer.writeLine(s.comments.join('\n'));
      writer.write(`${s.exported ? 'export ' : ''}const ${s.name} = ${s.initializer};`);
    });
  });
  file.insertImportDeclaration(0, { moduleSpecifier, namedImports: [...imports].sort() });
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
  return file.getFullText();
}
