import type { Diagnostic, PathSegment } from '../../diagnostics/diagnostic.js';
import type { ComposeStack } from '../stack.js';
import { checkBuild } from './build.js';
import { checkContainerName } from './container-name.js';
import { checkDependencyCycle } from './dependency-cycle.js';
import { finding, type RuleContext } from './finding.js';
import { checkHealthyDependency } from './healthy-dependency.js';
import { checkHostPorts } from './host-ports.js';
import { checkPaths } from './paths.js';
import { checkReferences } from './references.js';
import { checkSecretEnvironment } from './secret-env.js';

/**
 * One Compose rule: a stack in, findings out.
 *
 * @example
 * const noPrivileged: ComposeRule = (stack, ctx) => [];
 */
export type ComposeRule = (stack: ComposeStack, ctx: RuleContext) => Diagnostic[];

function checkProjectName(stack: ComposeStack, ctx: RuleContext): Diagnostic[] {
  if (stack.name === undefined || /^[a-z0-9][a-z0-9_-]*$/.test(stack.name)) return [];
  return [finding('DSL4014', `project name '${stack.name}' is not valid: use lower-case letters, digits, - and _, starting with a letter or digit`, stack, ['name'], ctx.prefix)];
}

/**
 * Every Compose rule, in code order.
 *
 * @example
 * composeRules.flatMap((rule) => rule(stack, { prefix: [] }));
 */
export const composeRules: readonly ComposeRule[] = [
  checkReferences,
  checkDependencyCycle,
  checkHealthyDependency,
  checkHostPorts,
  checkBuild,
  checkContainerName,
  checkPaths,
  checkSecretEnvironment,
  checkProjectName,
];

/**
 * Runs every DSL4xxx rule on a stack, in code order; each rule walks services in the
 * stack's order, so the findings come out in the same order every time.
 *
 * @example
 * const diagnostics = checkStack(app, ['compose', 'shop']);
 */
export function checkStack(stack: ComposeStack, prefix: PathSegment[] = ['compose', stack.name ?? 'stack']): Diagnostic[] {
  const ctx: RuleContext = { prefix };
  return composeRules.flatMap((rule) => rule(stack, ctx));
}
