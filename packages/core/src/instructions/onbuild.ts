import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase } from '../model/primitives.js';
import type { PrintContext } from '../compile/print-context.js';
import type { Instruction } from './index.js';
import { needsHeredoc } from './run.js';

/**
 * Instructions ONBUILD may wrap: anything but ONBUILD itself, MAINTAINER and comments.
 *
 * @example
 * const trigger: OnbuildTrigger = copy('.', '/app');
 */
export type OnbuildTrigger = Exclude<Instruction, OnbuildInstruction | { kind: 'maintainer' } | { kind: 'comment' }>;

/**
 * `ONBUILD <instruction>`: a step that runs when another image is built FROM this one.
 *
 * @example
 * const o: OnbuildInstruction = { kind: 'onbuild', instruction: { kind: 'copy', sources: ['.'], destination: '/app' } };
 */
export interface OnbuildInstruction {
  kind: 'onbuild';
  instruction: OnbuildTrigger;
  comment?: string;
}

/** Builds the ONBUILD schema from the schema of its possible triggers (breaks the import cycle). */
export function makeOnbuildSchema(trigger: z.ZodType<OnbuildTrigger>) {
  return z.strictObject({ kind: z.literal('onbuild'), instruction: trigger.refine(fitsOnOneLine, oneLineRule), ...instructionBase });
}

/** ONBUILD keeps its trigger as one line of text: heredocs cannot go there. */
function fitsOnOneLine(trigger: OnbuildTrigger): boolean {
  if (trigger.kind === 'run') {
    return typeof trigger.command !== 'string' || (!trigger.heredocs && !needsHeredoc(trigger.command, '\\') && !needsHeredoc(trigger.command, '`'));
  }
  if (trigger.kind === 'copy' || trigger.kind === 'add') return trigger.sources.every((s) => typeof s === 'string');
  return true;
}

const oneLineRule = {
  message: 'an ONBUILD trigger must fit on one line: no heredocs, line breaks, trailing escape, leading [ or -, or <<word in its command',
  params: { code: 'DSL1010' },
};

/**
 * Registers a trigger for downstream builds.
 *
 * @example
 * onbuild(copy('.', '/app'));
 */
export function onbuild(instruction: OnbuildTrigger, options: { comment?: string } = {}): OnbuildInstruction {
  return captureSource({ kind: 'onbuild', instruction, ...options });
}

/** Prints ONBUILD followed by the printed trigger. */
export function printOnbuild(i: OnbuildInstruction, ctx: PrintContext, printTrigger: (t: OnbuildTrigger, ctx: PrintContext) => string): string {
  return `ONBUILD ${printTrigger(i.instruction, ctx)}`;
}
