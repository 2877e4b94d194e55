import type { Image, Stage } from '@dockerdsl/core';
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

function stageStatement(stage: Stage, name: string, ctx: CallContext): ModuleStatement {
  const options: Record<string, LiteralValue> = {};
  const earlier = typeof stage.from === 'string' ? ctx.handles.get(stage.from.toLowerCase()) : undefined;
  options.from = earlier ? new Code(earlier) : typeof stage.from === 'string' ? stage.from : (stage.from as unknown as LiteralValue);
  if (stage.platform !== undefined) options.platform = stage.platform;
  ctx.imports.add('stage');
  const head = stage.name === undefined ? `stage(${literal(options)})` : `stage(${stringLiteral(stage.name)}, ${literal(options)})`;
  const lines = [head];
  for (const step of stage.steps) {
    if (step.kind !== 'comment' && step.kind !== 'arg') lines.push(...commentLines((step as { comment?: string }).comment, '  '));
    const call = instructionCall(step, ctx);
    lines.push(`  .${call.name}(${call.args.join(', ')})`);
  }
  return { name, initializer: lines.join('\n'), exported: false, comments: commentLines(stage.comment) };
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
    const statement = stageStatement(stage, name, ctx);
    // The file's header comment opens the image's section, above its first stage.
    if (i === 0 && image.comment !== undefined) statement.comments = [...commentLines(image.comment), ...(statement.comments.length > 0 ? ['', ...statement.comments] : [])];
    statements.push(statement);
    stageNames.push(name);
    if (stage.name !== undefined && !ctx.handles.has(stage.name.toLowerCase())) ctx.handles.set(stage.name.toLowerCase(), name);
  });
  const options: string[] = [];
  if (image.directives) options.push(`directives: ${literal(image.directives as LiteralValue)}`);
  if (image.args) {
    imports.add('arg');
    const args = image.args.map((a) => `arg(${argArgs(a).join(', ')}),`);
    options.push(`args: [\n${args.join('\n')}\n]`);
  }
  options.push(`stages: [${stageNames.join(', ')}]`);
  imports.add('image');
  statements.push({
    name: names.take(toIdentifier(image.name, 'image')),
    initializer: `image(${stringLiteral(image.name)}, {\n${options.join(',\n')},\n})`,
    exported: true,
    comments: [],
  });
  return statements;
}
