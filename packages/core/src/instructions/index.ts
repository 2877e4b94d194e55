import { z } from 'zod';
import type { PrintContext } from '../print/print-context.js';
import { addSchema, printAdd, type AddInstruction } from './add.js';
import { argSchema, printArg, type ArgInstruction } from './arg.js';
import { cmdSchema, printCmd, type CmdInstruction } from './cmd.js';
import { commentSchema, printCommentText, type CommentStep } from './comment.js';
import { copySchema, printCopy, type CopyInstruction } from './copy.js';
import { entrypointSchema, printEntrypoint, type EntrypointInstruction } from './entrypoint.js';
import { envSchema, printEnv, type EnvInstruction } from './env.js';
import { exposeSchema, printExpose, type ExposeInstruction } from './expose.js';
import { healthcheckSchema, printHealthcheck, type HealthcheckInstruction, type HealthcheckNoneInstruction } from './healthcheck.js';
import { labelSchema, printLabel, type LabelInstruction } from './label.js';
import { maintainerSchema, printMaintainer, type MaintainerInstruction } from './maintainer.js';
import { makeOnbuildSchema, printOnbuild, type OnbuildInstruction, type OnbuildTrigger } from './onbuild.js';
import { printRun, runSchema, type RunInstruction } from './run.js';
import { printShell, shellSchema, type ShellInstruction } from './shell.js';
import { printStopsignal, stopsignalSchema, type StopsignalInstruction } from './stopsignal.js';
import { printUser, userSchema, type UserInstruction } from './user.js';
import { printVolume, volumeSchema, type VolumeInstruction } from './volume.js';
import { printWorkdir, workdirSchema, type WorkdirInstruction } from './workdir.js';

/**
 * Any step of a stage: one Dockerfile instruction (FROM is the stage itself) or a comment.
 *
 * @example
 * const steps: Instruction[] = [{ kind: 'workdir', path: '/app' }, { kind: 'run', command: 'make' }];
 */
export type Instruction =
  | AddInstruction
  | ArgInstruction
  | CmdInstruction
  | CommentStep
  | CopyInstruction
  | EntrypointInstruction
  | EnvInstruction
  | ExposeInstruction
  | HealthcheckInstruction
  | HealthcheckNoneInstruction
  | LabelInstruction
  | MaintainerInstruction
  | OnbuildInstruction
  | RunInstruction
  | ShellInstruction
  | StopsignalInstruction
  | UserInstruction
  | VolumeInstruction
  | WorkdirInstruction;

/**
 * Every instruction kind, as the model spells it.
 *
 * @example
 * const kind: InstructionKind = 'run';
 */
export type InstructionKind = Instruction['kind'];

const triggerSchemas = [
  addSchema, argSchema, cmdSchema, copySchema, entrypointSchema, envSchema, exposeSchema, healthcheckSchema,
  labelSchema, runSchema, shellSchema, stopsignalSchema, userSchema, volumeSchema, workdirSchema,
] as const;

type Discriminable = Parameters<typeof z.discriminatedUnion>[1];

const triggerSchema = z.discriminatedUnion('kind', [...triggerSchemas] as unknown as Discriminable, {
  error: 'ONBUILD cannot wrap ONBUILD, FROM or MAINTAINER',
}) as unknown as z.ZodType<OnbuildTrigger>;

/**
 * Schema of ONBUILD.
 *
 * @example
 * onbuildSchema.parse(onbuild(run('npm ci')));
 */
export const onbuildSchema = makeOnbuildSchema(triggerSchema);

/**
 * Schema of any step, discriminated by `kind`.
 *
 * @example
 * instructionSchema.safeParse({ kind: 'workdir', path: '/app' }).success; // true
 */
export const instructionSchema = z.discriminatedUnion('kind', [...triggerSchemas, commentSchema, maintainerSchema, onbuildSchema] as unknown as Discriminable) as unknown as z.ZodType<Instruction>;

/**
 * Every instruction kind the model knows.
 *
 * @example
 * instructionKinds.includes('healthcheck'); // true
 */
export const instructionKinds: readonly InstructionKind[] = [
  'add', 'arg', 'cmd', 'comment', 'copy', 'entrypoint', 'env', 'expose', 'healthcheck', 'label',
  'maintainer', 'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir',
];

/**
 * Prints one instruction (without its comment) as Dockerfile text.
 *
 * @example
 * printInstruction({ kind: 'workdir', path: '/app' }, { escape: '\\' }); // 'WORKDIR /app'
 */
export function printInstruction(i: Instruction, ctx: PrintContext): string {
  switch (i.kind) {
    case 'add': return printAdd(i, ctx);
    case 'arg': return printArg(i, ctx);
    case 'cmd': return printCmd(i);
    case 'comment': return printCommentText(i.text);
    case 'copy': return printCopy(i, ctx);
    case 'entrypoint': return printEntrypoint(i);
    case 'env': return printEnv(i, ctx);
    case 'expose': return printExpose(i);
    case 'healthcheck': return printHealthcheck(i);
    case 'label': return printLabel(i, ctx);
    case 'maintainer': return printMaintainer(i);
    case 'onbuild': return printOnbuild(i, ctx, printInstruction);
    case 'run': return printRun(i, ctx);
    case 'shell': return printShell(i);
    case 'stopsignal': return printStopsignal(i);
    case 'user': return printUser(i, ctx);
    case 'volume': return printVolume(i, ctx);
    case 'workdir': return printWorkdir(i, ctx);
  }
}
