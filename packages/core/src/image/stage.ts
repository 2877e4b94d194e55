import { z } from 'zod';
import { instructionSchema, type Instruction } from '../instructions/index.js';
import { referenceToken, stageRefSchema, type StageRef } from '../model/references.js';

/**
 * Rule suppressions with the reason for each: `{ DSL3006: 'pinned by digest upstream' }`.
 *
 * @example
 * const ignore: Suppressions = { DSL3010: 'the base image already runs as a non-root user' };
 */
export type Suppressions = Record<string, string>;

/**
 * One build stage: `FROM base [AS name]` and its steps.
 *
 * @example
 * const s: Stage = { name: 'build', from: 'golang:1.22', steps: [{ kind: 'run', command: 'go build -o /out/app .' }] };
 */
export interface Stage {
  /** The stage name (`AS name`); other stages refer to it. */
  name?: string;
  /** The base: an image reference, or an explicit earlier stage. */
  from: string | StageRef;
  /** `FROM --platform=…`. */
  platform?: string;
  steps: Instruction[];
  comment?: string;
  ignore?: Suppressions;
}

/**
 * Stage names Docker reserves.
 *
 * @example
 * reservedStageNames.includes('scratch'); // true
 */
export const reservedStageNames = ['scratch', 'context'] as const;

/**
 * Schema of a stage.
 *
 * @example
 * stageSchema.safeParse(toStage(stage('build', { from: 'golang:1.22' }))).success; // true
 */
export const stageSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9_.-]*$/, { error: 'a stage name starts with a letter and holds letters, digits, -, _ and .' })
    .optional(),
  from: z.union([referenceToken('a base image reference', 'base'), stageRefSchema], {
    error: 'FROM needs a base image reference or { stage }',
  }),
  platform: referenceToken('--platform', 'platform').optional(),
  steps: z.array(instructionSchema),
  comment: z.string().optional(),
  ignore: z.record(z.string(), z.string()).optional(),
});
