import type { CodeTable } from '../diagnostics/code-table.js';

/**
 * Codes of the stage-graph diagnostics (DSL2001–DSL2006): problems with how an image's stages
 * refer to each other, found when the image is resolved, before any rule runs. Stable forever.
 * DSL2003 is retired: a reference to a stage that does not exist is DSL2007 wherever it is found.
 *
 * @example
 * stageGraphCodes.DSL2005.rule; // 'StageCycle'
 */
export const stageGraphCodes = {
  DSL2001: { rule: 'DuplicateStageName', severity: 'error', description: 'Two stages of one image have the same name (compared without case, as Docker does).' },
  DSL2004: { rule: 'SelfStageReference', severity: 'error', description: 'A stage copies or mounts from itself, or starts FROM itself.' },
  DSL2005: { rule: 'StageCycle', severity: 'error', description: 'Stages depend on each other in a cycle, so no build order exists.' },
  DSL2006: { rule: 'UnknownTarget', severity: 'error', description: 'The image\'s `target` is not one of its stages.' },
} as const satisfies CodeTable;

/**
 * A stage-graph diagnostic code.
 *
 * @example
 * const code: StageGraphCode = 'DSL2005';
 */
export type StageGraphCode = keyof typeof stageGraphCodes;
