import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { snippetService, type SnippetService } from './language-service.test-util.js';

// What an editor shows on hover and offers on completion, read through the language service
// over a snippet that imports the public API.
let s: SnippetService;
let checker: ts.TypeChecker;
let exports: Map<string, ts.Symbol>;

beforeAll(() => {
  s = snippetService();
  s.write("import * as dsl from '../index.js';\nimport * as presets from '../../../presets/src/index.js';\nexport { dsl, presets };\n");
  const program = s.service.getProgram()!;
  checker = program.getTypeChecker();
  exports = new Map();
  for (const spec of ['../index.js', '../../../presets/src/index.js']) {
    const file = program.getSourceFile(s.file)!;
    const imp = file.statements.find((st): st is ts.ImportDeclaration => ts.isImportDeclaration(st) && (st.moduleSpecifier as ts.StringLiteral).text === spec)!;
    const moduleSymbol = checker.getSymbolAtLocation(imp.moduleSpecifier)!;
    for (const e of checker.getExportsOfModule(moduleSymbol)) exports.set(e.name, e);
  }
  const composeModule = checker.getAliasedSymbol(exports.get('compose')!);
  for (const e of checker.getExportsOfModule(composeModule)) exports.set(`compose.${e.name}`, e);
}, 120_000);

/** Members as completion lists them on a value of the export's type (public only). */
function publicMembers(name: string, instance: boolean): ts.Symbol[] {
  const symbol = exports.get(name);
  expect(symbol, name).toBeDefined();
  const target = symbol!.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol!) : symbol!;
  const type = instance ? checker.getDeclaredTypeOfSymbol(target) : checker.getTypeOfSymbol(target);
  return checker.getPropertiesOfType(type).filter((p) => {
    const flags = p.declarations?.[0] ? ts.getCombinedModifierFlags(p.declarations[0]) : 0;
    return !(flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) && !p.name.startsWith('__@');
  });
}

/** What is missing from a member's hover: its text, an example, a @param per parameter. */
function hoverGaps(member: ts.Symbol, needExample: boolean): string[] {
  const gaps: string[] = [];
  const doc = ts.displayPartsToString(member.getDocumentationComment(checker)).trim();
  const tags = member.getJsDocTags(checker);
  if (doc === '') gaps.push(`${member.name}: no description`);
  if (needExample && !tags.some((t) => t.name === 'example')) gaps.push(`${member.name}: no @example`);
  const declaration = member.declarations?.[0];
  if (declaration && (ts.isMethodDeclaration(declaration) || ts.isFunctionDeclaration(declaration))) {
    const documented = new Set(tags.filter((t) => t.name === 'param').map((t) => ts.displayPartsToString(t.text).split(/\s/)[0]));
    for (const p of declaration.parameters) if (!documented.has(p.name.getText())) gaps.push(`${member.name}: no @param ${p.name.getText()}`);
  }
  return gaps;
}

describe('hover docs', () => {
  it.each(['StageBuilder', 'ImageBuilder', 'compose.ServiceHandle', 'Preset'])('every public method of %s has a description, an @example and a @param per parameter', (name) => {
    const methods = publicMembers(name, true).filter((m) => m.flags & ts.SymbolFlags.Method);
    expect(methods.length).toBeGreaterThan(2);
    expect(methods.flatMap((m) => hoverGaps(m, true))).toEqual([]);
  });

  it.each(['stage', 'image', 'toStage', 'renameStage', 'compose.service', 'compose.stack', 'compose.network', 'compose.volume', 'compose.secret', 'compose.config'])('the builder function %s documents its parameters with an example', (name) => {
    const symbol = exports.get(name)!;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    expect(hoverGaps(target, true)).toEqual([]);
  });

  it('every function the presets package exports documents its parameters with an example', () => {
    const functions = [...exports.values()]
      .map((e) => (e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e))
      .filter((f) => f.flags & ts.SymbolFlags.Function && f.declarations?.[0]?.getSourceFile().fileName.includes('/presets/src/'));
    expect(functions.length).toBeGreaterThan(5);
    expect(functions.flatMap((f) => hoverGaps(f, true))).toEqual([]);
  });

  it.each(['compose.Service', 'compose.ServiceProps', 'compose.StackOptions', 'StageOptions', 'ImageOptions'])('every field of %s has a description and an @example', (name) => {
    // The Compose keys kept as written come from one mapped type (OtherServiceFields): its
    // documentation is their hover, so they are not counted one by one.
    const fields = publicMembers(name, true).filter((f) => f.declarations?.[0] !== undefined && !ts.isMappedTypeNode(f.declarations[0]));
    expect(fields.length).toBeGreaterThan(2);
    expect(fields.flatMap((f) => hoverGaps(f, true))).toEqual([]);
  });
});

describe('completion on a handle', () => {
  it('offers steps, not internals', () => {
    const head = "import { compose, stage } from '../index.js';\nconst build = stage('build', { from: 'golang:1.22' });\nconst db = compose.service('db', { image: 'postgres:16' });\n";
    const completions = (expression: string) => {
      s.write(`${head}${expression}`);
      return s.service.getCompletionsAtPosition(s.file, head.length + expression.length, {})!.entries.map((e) => e.name);
    };
    const onStage = completions('build.');
    expect(onStage).toEqual(expect.arrayContaining(['run', 'copyFrom', 'copy', 'user', 'workdir', 'with', 'name']));
    for (const internal of ['dependencies', 'toStage', 'named', 'settings', 'steps', 'append', 'appendStep']) expect(onStage).not.toContain(internal);
    const onService = completions('db.');
    expect(onService).toEqual(expect.arrayContaining(['healthy', 'started', 'completed', 'key']));
    expect(onService).not.toContain('dependencies');
  }, 120_000);
});
