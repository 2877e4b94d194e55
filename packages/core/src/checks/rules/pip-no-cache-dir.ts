import type { Mount } from '../../instructions/mount.js';
import type { StageFact } from '../image-facts.js';
import { hasFlag } from '../../analysis/shell-script.js';
import { subcommand } from '../../analysis/package-commands.js';
import { defineRule } from '../rule.js';


const pips = /^pip[0-9.]*$/;
const pythons = /^python[0-9.]*$/;

/** True for `pip install`, `pip3 install` and `python -m pip install`. */
export function isPipInstall(command: { name: string; args: string[] }): boolean {
  if (pips.test(command.name)) return subcommand(command as never) === 'install';
  return pythons.test(command.name) && command.args[0] === '-m' && pips.test(command.args[1] ?? '') && command.args.includes('install');
}

function setsNoCacheDir(assignment: string): boolean {
  return assignment.startsWith('PIP_NO_CACHE_DIR=');
}

function cacheMounted(mounts: readonly Mount[] | undefined): boolean {
  return mounts?.some((m) => m.type === 'cache' && m.target?.includes('.cache') === true) ?? false;
}

/** An ENV before step `before` of the stage sets PIP_NO_CACHE_DIR. */
function envSetsNoCacheDir(stage: StageFact, before: number): boolean {
  return stage.steps.slice(0, before).some((s) => s.kind === 'env' && 'PIP_NO_CACHE_DIR' in s.step.vars);
}

/**
 * DSL3026: `pip install` without `--no-cache-dir`.
 *
 * @example
 * runRules(image, { rules: [pipNoCacheDir] });
 */
export const pipNoCacheDir = defineRule<Record<string, never>>({
  code: 'DSL3026',
  name: 'PipNoCacheDir',
  severity: 'info',
  description: '`pip install` without `--no-cache-dir` (and no cache mount or PIP_NO_CACHE_DIR).',
  docs: {
    why: 'pip keeps every downloaded wheel in ~/.cache/pip, which then ships in the layer and can be as large as the packages themselves. Use `--no-cache-dir`, set PIP_NO_CACHE_DIR, or mount a cache on /root/.cache/pip.',
    bad: 'FROM python:3.12-slim\nRUN pip install flask==3.0.3',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3',
    hadolint: ['DL3042'],
  },
  format: () => 'pip install without --no-cache-dir keeps its download cache in the layer',
  hint: 'add --no-cache-dir, or mount a cache on /root/.cache/pip',
  create: (context) => ({
    command({ run, command }) {
      if (!isPipInstall(command) || hasFlag(command, 'no-cache-dir') || command.assignments.some(setsNoCacheDir)) return;
      if (cacheMounted(run.step.mounts) || envSetsNoCacheDir(run.stage, run.index)) return;
      context.report(run, {});
    },
  }),
});
