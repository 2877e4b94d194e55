import type { Mount } from '../../instructions/mount.js';
import type { StageFact } from '../image-facts.js';
import { hasFlag } from '../shell-script.js';
import { commandsMatching, subcommand } from '../package-commands.js';
import { defineRule } from '../rule.js';

const pipOrPython = /^(?:pip|python)[0-9.]*$/;

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
  for (let i = 0; mounts !== undefined && i < mounts.length; i++) {
    const m = mounts[i]!;
    if (m.type === 'cache' && m.target?.includes('.cache') === true) return true;
  }
  return false;
}

/** An ENV before step `before` of the stage sets PIP_NO_CACHE_DIR. */
function envSetsNoCacheDir(stage: StageFact, before: number): boolean {
  const steps = stage.steps;
  for (let i = 0; i < steps.length && i < before; i++) {
    const step = steps[i]!.step;
    if (step.kind === 'env' && 'PIP_NO_CACHE_DIR' in step.vars) return true;
  }
  return false;
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
  check(ctx) {
    const found = commandsMatching(ctx.facts, pipOrPython);
    for (let i = 0; i < found.length; i++) {
      const { run, command } = found[i]!;
      if (!isPipInstall(command) || hasFlag(command, 'no-cache-dir') || command.assignments.some(setsNoCacheDir)) continue;
      if (cacheMounted(run.step.mounts) || envSetsNoCacheDir(run.stage, run.index)) continue;
      ctx.report(run, {});
    }
  },
});
