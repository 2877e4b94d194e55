import { coreCodeSections, type CodeSection } from '@dockerdsl/core/tooling';
import { buildCodes } from './build/build-codes.js';
import { configCodeTable } from './config/config-error.js';
import { planCodeTable } from './plan/plan-codes.js';
import { contextSourceCodes } from './synth/missing-sources.js';

const core = coreCodeSections;

/**
 * Every diagnostic code `dsl` can report: core's groups and the CLI's own, in the order of the
 * diagnostics reference (docs/diagnostics.md), which is generated from this list.
 *
 * @example
 * diagnosticCodeSections.flatMap((s) => Object.keys(s.codes)).includes('DSL5903'); // true
 */
export const diagnosticCodeSections: readonly CodeSection[] = [
  core.schema,
  core.stageGraph,
  core.buildInputs,
  core.rules,
  core.compose,
  core.parse,
  {
    title: 'DSL5060–DSL5069: build context sources',
    intro: 'Reported by `dsl synth` (and `dsl build`, `dsl check` of a config) when a `COPY`/`ADD` source cannot be in the build context folder BuildKit receives.',
    codes: contextSourceCodes,
  },
  {
    title: 'DSL59xx: the config file',
    intro: 'Reported by the CLI when `dsl.config.ts` cannot be found or loaded, or the project it describes cannot be written.',
    codes: configCodeTable,
  },
  core.lock,
  {
    title: 'DSL599x: dsl plan',
    intro: 'Reported by `dsl plan` when it cannot find the changed files.',
    codes: planCodeTable,
  },
  core.workspace,
  {
    title: 'DSL5930–DSL5949: dsl build',
    intro: 'Reported by `dsl build` before any image is built: what the builder cannot do, and build inputs nothing supplies.',
    codes: buildCodes,
  },
];
