import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as main from './index.js';
import * as tooling from './tooling.js';

// `@dockerdsl/core` is what a config, policy-pack or preset author writes with; everything the
// CLI, presets' internals, editors and tests need is in `@dockerdsl/core/tooling` (the rule is
// written down in packages/core/README.md). A new export of the main entry is a decision: add it
// to this list on purpose, or export it from tooling.ts.
const mainValues = [
  'DslError', 'ImageBuilder', 'ImageFacts', 'StageBuilder',
  'add', 'arg', 'bind', 'buildContext', 'buildSecret', 'cache', 'cmd', 'comment', 'compileImage', 'compose', 'copy',
  'defineConfig', 'definePolicyPack', 'defineRule', 'entrypoint', 'env', 'expose', 'formatDiagnostic', 'goModuleClosure',
  'hasErrors', 'hasFlag', 'healthcheck', 'healthcheckNone', 'image', 'label', 'maintainer', 'onbuild', 'operands',
  'readGoWork', 'readUvWorkspace', 'readWorkspace', 'renameStage', 'run', 'script', 'secret', 'sh', 'shell', 'ssh',
  'sshAgent', 'stage', 'stopsignal', 'synthProject', 'tmpfs', 'toDockerfile', 'toImage', 'toStage', 'user', 'uvMemberClosure',
  'validateImage', 'volume', 'workdir', 'workspaceClosure',
];
const mainTypes = [
  'AddInstruction', 'AddOptions', 'AnyRule', 'AnyStage', 'ArgInstruction', 'BindMount', 'BuildContext', 'BuildInputs',
  'BuildSecret', 'BuildSettings', 'CacheMount', 'CheckFromSource', 'CheckStageSource', 'CmdInstruction', 'CommandFact', 'CommandSelector',
  'CommandForm', 'CommentStep', 'CompileOptions', 'CompileResult', 'ComposeStack', 'ContextRef', 'ContextSource',
  'CopyInstruction', 'CopyOptions', 'CopySource', 'Diagnostic', 'Directives', 'DockerfileText', 'DslConfig', 'Entitlement',
  'EntrypointInstruction', 'EnvInstruction', 'ExecForm', 'ExposeInstruction', 'FileSource', 'FromSource', 'GoModule',
  'GoWorkspace', 'HealthcheckInstruction', 'HealthcheckNoneInstruction', 'HealthcheckTiming', 'Heredoc', 'Image',
  'ImageCheck', 'ImageHook', 'ImageInput', 'ImageOptions', 'ImageRef', 'InlineFile', 'Instruction', 'InstructionKind', 'JoinNames',
  'LabelInstruction', 'MaintainerInstruction', 'Mount', 'MountInput', 'OnbuildInstruction', 'OnbuildTrigger', 'PathSegment',
  'PolicyPack', 'PortSpec', 'Protocol', 'ReportOptions', 'Rule', 'RuleContext', 'RuleDocs', 'RuleMeta', 'RuleSeverities',
  'RuleTarget', 'RuleVisitors', 'RunInput', 'RunInstruction', 'RunOptions', 'SecretMount', 'Severity', 'ShellCommand',
  'ShellForm', 'ShellInstruction', 'ShellScript', 'SignalName', 'SourceLocation', 'SshAgent', 'SshMount', 'Stage',
  'StageBase', 'StageFact', 'StageHandle', 'StageInput', 'StageOptions', 'StageRef', 'StageSource', 'StepFact', 'StepVisitors',
  'StopsignalInstruction', 'SupplyChain', 'Suppressions', 'SynthFile', 'SynthOptions', 'SynthResult', 'TmpfsMount', 'TypeMessage', 'UserInstruction', 'UvMember',
  'UvWorkspace', 'ValidFromSource', 'ValidStageSource', 'ValidationResult', 'VolumeInstruction', 'WorkdirInstruction', 'Workspace', 'WorkspaceClosure',
  'WorkspaceManager', 'WorkspacePackage',
];

const entryFiles = { main: fileURLToPath(new URL('./index.ts', import.meta.url)), tooling: fileURLToPath(new URL('./tooling.ts', import.meta.url)) };
const program = ts.createProgram(Object.values(entryFiles), { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true });
const checker = program.getTypeChecker();

/** Every name an entry file exports (values and types), each with the declarations it stands for. */
function exportsOf(file: string): Map<string, ts.Declaration[]> {
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  return new Map(checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return [symbol.name, target.declarations ?? []];
  }));
}

/** Whether a declaration (or, for `export * as ns`, its module's opening comment) carries an `@example`. */
function hasExample(declaration: ts.Declaration): boolean {
  if (ts.isSourceFile(declaration)) return /^\/\*\*[\s\S]*?@example[\s\S]*?\*\//.test(declaration.text);
  return ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example');
}

const sorted = (names: Iterable<string>) => [...names].sort();

describe('the entry points of @dockerdsl/core', () => {
  const mainExports = exportsOf(entryFiles.main);
  const toolingExports = exportsOf(entryFiles.tooling);

  it('the main entry exports exactly the names config authors write with', () => {
    expect(sorted(mainExports.keys()), 'a new main export is a decision: list it here, or export it from tooling.ts').toEqual(sorted([...mainValues, ...mainTypes]));
    expect(sorted(Object.keys(main))).toEqual(sorted(mainValues));
  });

  it('no name is exported by both entries', () => {
    expect([...toolingExports.keys()].filter((name) => mainExports.has(name))).toEqual([]);
    expect(Object.keys(tooling).filter((name) => name in main)).toEqual([]);
  });

  it('the tooling entry exports at run time exactly the values its declarations name', () => {
    const values = [...toolingExports].filter(([, declarations]) => declarations.some((d) => !ts.isInterfaceDeclaration(d) && !ts.isTypeAliasDeclaration(d))).map(([name]) => name);
    expect(sorted(Object.keys(tooling))).toEqual(sorted(values));
  });

  it('every export of both entries has a doc comment with an @example', () => {
    const missing = [...mainExports, ...toolingExports].filter(([, declarations]) => !declarations.some(hasExample)).map(([name]) => name);
    expect(missing).toEqual([]);
  });
});
