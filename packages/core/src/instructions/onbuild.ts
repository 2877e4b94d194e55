import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase } from '../model/primitives.js';
import type { PrintContext } from '../print/print-context.js';
import type { AddInstruction } from './add.js';
import type { ArgInstruction } from './arg.js';
import type { CmdInstruction } from './cmd.js';
import type { CopyInstruction } from './copy.js';
import type { EntrypointInstruction } from './entrypoint.js';
import type { EnvInstruction } from './env.js';
import type { ExposeInstruction } from './expose.js';
import type { HealthcheckInstruction, HealthcheckNoneInstruction } from './healthcheck.js';
import type { LabelInstruction } from './label.js';
import { needsHeredoc, type RunInstruction } from './run.js';
import type { ShellInstruction } from './shell.js';
import type { StopsignalInstruction } from './stopsignal.js';
import type { UserInstruction } from './user.js';
import type { VolumeInstruction } from './volume.js';
import type { WorkdirInstruction } from './workdir.js';

/**
 * Instructions ONBUILD may wrap: anything but ONBUILD itself, MAINTAINER and comments.
 *
 * @example
 * const trigger: OnbuildTrigger = copy('.', '/app');
 */
export type OnbuildTrigger =
  | AddInstruction
  | ArgInstruction
  | CmdInstruction
  | CopyInstruction
  | EntrypointInstruction
  | EnvInstruction
  | ExposeInstruction
  | HealthcheckInstruction
  | HealthcheckNoneInstruction
  | LabelInstruction
  | RunInstruction
  | ShellInstruction
  | StopsignalInstruction
  | UserInstruction
  | VolumeInstruction
  | WorkdirInstruction;

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
