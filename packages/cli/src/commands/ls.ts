import { synthProject } from '@dockerdsl/core';
import { imageTags } from '@dockerdsl/core/tooling';
import { loadProject } from '../config/load-project.js';
import { missingContextSources } from '../synth/missing-sources.js';
import { ExitCode } from '../ui/exit.js';
import { writeJson } from '../ui/json.js';
import type { Output } from '../ui/output.js';
import { printDiagnostics } from '../ui/print-diagnostics.js';

/**
 * `dsl ls`: the project's images with their stages (build order, target marked) and tags.
 *
 * @example
 * process.exitCode = await lsCommand({}, processOutput());
 */
export async function lsCommand(flags: { config?: string; json?: boolean }, io: Output): Promise<number> {
  const { config, configFile } = await loadProject(io.cwd, flags.config);
  const plan = synthProject(config, { configFile, validateContexts: missingContextSources });
  const list = plan.images.map(({ image, target, dependsOn }) => ({
    name: image.name,
    tags: imageTags(image),
    stages: image.stages.map((s, i) => s.name ?? String(i)),
    target: target ?? image.stages.at(-1)?.name ?? String(image.stages.length - 1),
    dependsOn: dependsOn.map((d) => d.image),
  }));
  if (flags.json) writeJson(io, { ok: plan.ok, images: list, diagnostics: plan.diagnostics });
  else {
    printDiagnostics(io, plan.diagnostics);
    for (const i of list) {
      io.out.write(`${io.c.bold(i.name)}  ${i.tags.join(', ')}${i.dependsOn.length ? io.c.dim(`  (from ${i.dependsOn.join(', ')})`) : ''}\n`);
      io.out.write(`  stages: ${i.stages.map((s) => (s === i.target ? io.c.green(`${s}*`) : s)).join(' → ')}\n`);
    }
  }
  return plan.ok ? ExitCode.Ok : ExitCode.Failure;
}
