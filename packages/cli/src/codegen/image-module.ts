import type { Image, Stage } from '@dockerdsl/core';
import { secretEnvSyntax, syntaxAtLeast } from '@dockerdsl/core/tooling';
import { NamePool, toIdentifier } from './identifiers.js';
import { argArgs, instructionCall, type CallContext } from './instruction-calls.js';
import { Code, literal, stringLiteral, type LiteralValue } from './literals.js';

/** A top-level `const` of the generated module, with the `//` comment lines above it. */
export interface ModuleStatement {
  name: string;
  initializer: string;
  exported: boolean;
  comments: string[];
}

function commentLines(text: string | undefined, indent = ''): string[] {
  if (text === undefined) return [];
  return text.split('\n').map((line) => (line === '' ? `${indent}//` : `${indent}// ${line}`));
}

/**
 * Steps per builder chain. TypeScript's formatter recurses once per call in a chain, so a stage
 * of tens of thousands of steps written as one chain overflows the stack; a longer stage
 * continues in further `const`s, each chaining onto the one before.
 *
 * @example
 * // 1,200 steps: const basePart1 = stage(…)…; const basePart2 = basePart1…; const base = basePart2…;
 */
export const stepsPerChain = 500;

function stageStatements(stage: Stage, name: string, names: NamePool, ctx: CallContext): ModuleStatement[] {
  const options: Record<string, LiteralValue> = {};
  const earlier = typeof stage.from === 'string' ? ctx.handles.get(stage.from.toLowerCase()) : undefined;
  options.from = earlier ? new Code(earlier) : typeof stage.from === 'string' ? stage.from : (stage.from as unknown as LiteralValue);
  if (stage.platform !== undefined) options.platform = stage.platform;
  ctx.imports.add('stage');
  const head = stage.name === undefined ? `stage(${literal(options)})` : `stage(${stringLiteral(stage.name)}, ${literal(options)})`;
  const statements: ModuleStatement[] = [];
  let lines = [head];
  stage.steps.forEach((step, i) => {
    if (i > 0 && i % stepsPerChain === 0) {
      const part = names.take(`${name}Part${i / stepsPerChain}`);
      statements.push({ name: part, initializer: lines.join('\n'), exported: false, comments: [] });
      lines = [part];
    }
    if (step.kind !== 'comment' && step.kind !== 'arg') lines.push(...commentLines((step as { comment?: string }).comment, '  '));
    const call = instructionCall(step, ctx);
    lines.push(`  .${call.name}(${call.args.join(', ')})`);
  });
  statements.push({ name, initializer: lines.join('\n'), exported: false, comments: [] });
  statements[0]!.comments = commentLines(stage.comment);
  return statements;
}

/**
 * The statements of one imported Dockerfile: a `const` stage handle per stage (references to
 * earlier stages become those handles) and an exported `image(…)` listing them.
 *
 * @example
 * imageStatements(parsed.image, new NamePool(), imports); // [{ name: 'build', … }, { name: 'api', exported: true, … }]
 */
export function imageStatements(image: Image, names: NamePool, imports: Set<string>): ModuleStatement[] {
  const ctx: CallContext = { handles: new Map(), imports };
  const statements: ModuleStatement[] = [];
  const stageNames: string[] = [];
  image.stages.forEach((stage, i) => {
    const name = names.take(toIdentifier(stage.name ?? (i === image.stages.length - 1 ? 'final' : `stage${i}`)));
    const added = stageStatements(stage, name, names, ctx);
    const statement = added[0]!;
    // The file's header comment opens the image's section, above its first stage.
    if (i === 0 && image.comment !== undefined) statement.comments = [...commentLines(image.comment), ...(statement.comments.length > 0 ? ['', ...statement.comments] : [])];
    statements.push(...added);
    stageNames.push(name);
    if (stage.name !== undefined && !ctx.handles.has(stage.name.toLowerCase())) ctx.handles.set(stage.name.toLowerCase(), name);
  });
  const options: string[] = [];
  const directives = withNeededSyntax(image);
  if (directives) options.push(`directives: ${literal(directives as LiteralValue)}`);
  if (image.args) {
    imports.add('arg');
    const args = image.args.map((a) => `arg(${argArgs(a).join(', ')}),`);
    options.push(`args: [\n${args.join('\n')}\n]`);
  }
  options.push(`stages: [${stageNames.join(', ')}]`);
  const entitlements = entitlementsUsed(image);
  if (entitlements.length > 0) options.push(`inputs: ${literal({ entitlements })}`);
  imports.add('image');
  statements.push({
    name: names.take(toIdentifier(image.name, 'image')),
    initializer: `image(${stringLiteral(image.name)}, {\n${options.join(',\n')},\n})`,
    exported: true,
    comments: [],
  });
  return statements;
}

// A Dockerfile that runs with --network=host or --security=insecure is built with `--allow`; the
// imported image declares the same entitlements, so it compiles and its bake file grants them.
function entitlementsUsed(image: Image): string[] {
  const used = new Set<string>();
  for (const stage of image.stages) {
    for (const step of stage.steps) {
      if (step.kind !== 'run') continue;
      if (step.network === 'host') used.add('network.host');
      if (step.security === 'insecure') used.add('security.insecure');
    }
  }
  return [...used].sort();
}

// A secret mounted as an environment variable (env=) needs Dockerfile syntax 1.10, newer than the
// frontend built into Docker 26: the imported image opts in, so it compiles and builds there too.
function withNeededSyntax(image: Image): Image['directives'] {
  const usesSecretEnv = image.stages.some((stage) => stage.steps.some((step) => step.kind === 'run' && (step.mounts ?? []).some((m) => m.type === 'secret' && m.env !== undefined)));
  if (!usesSecretEnv || syntaxAtLeast(image.directives?.syntax, secretEnvSyntax)) return image.directives;
  return { ...image.directives, syntax: `docker/dockerfile:${secretEnvSyntax}` };
}
