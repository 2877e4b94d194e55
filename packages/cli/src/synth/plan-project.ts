import { extname } from 'node:path';
import { setSourceCapture } from '@dockerdsl/core';
import { findConfig } from '../config/find-config.js';
import { loadProject, type Project } from '../config/load-project.js';
import { planSynth, type PlanOptions, type SynthPlan } from './plan-synth.js';

/**
 * Loads the project's config and plans synth, paying for source locations only when they are
 * needed. Capturing where each builder step was written costs a stack trace per step (~5 µs),
 * and a clean project never shows one; so the config is evaluated with capture off, and only
 * if the plan reports diagnostics is it evaluated again with capture on and planned again —
 * the diagnostics are then exactly those of a run with capture on. TypeScript configs qualify
 * (jiti and the config cache evaluate the whole graph afresh each time); a `.js`/`.mjs` config
 * is imported natively, its modules stay cached, so it keeps capture on from the start.
 *
 * @example
 * const { plan } = await planProject(process.cwd(), undefined, { outDir: 'docker' });
 */
export async function planProject(cwd: string, explicitConfig: string | undefined, options: PlanOptions = {}): Promise<Project & { plan: SynthPlan }> {
  const was = setSourceCapture(true);
  try {
    const file = findConfig(cwd, explicitConfig);
    setSourceCapture(file === undefined || !reEvaluable(file));
    let project = await loadProject(cwd, explicitConfig);
    let plan = planSynth(project.config, project.configFile, options);
    if (plan.diagnostics.length > 0 && reEvaluable(project.configFile)) {
      setSourceCapture(true);
      project = await loadProject(cwd, explicitConfig);
      plan = planSynth(project.config, project.configFile, options);
    }
    return { ...project, plan };
  } finally {
    setSourceCapture(was);
  }
}

function reEvaluable(file: string): boolean {
  return /^\.[cm]?tsx?$/.test(extname(file));
}
