import { toImage, type Image, type ImageInput, type Instruction, type SourceLocation, type Stage } from '@dockerdsl/core';
import { resolveImage, setSourceCapture, sourceOf } from '@dockerdsl/core/tooling';
import { loadProject } from '../config/load-project.js';

/**
 * The instruction (or, for FROM, the stage) BuildKit names in a failed step such as
 * `[runtime 3/4] RUN make`: the stage by name (`stage-N` for the N-th unnamed one in the file,
 * none when the file has one stage) and its (n−1)-th instruction after FROM.
 *
 * @param image - the image as the config defines it
 * @param failedStep - the step as BuildKit printed it
 * @example
 * failedInstruction(toImage(api), '[runtime 3/4] RUN make'); // the RUN step object
 */
export function failedInstruction(image: Image, failedStep: string): Instruction | Stage | undefined {
  const m = /^\[(?:(\S+) )?(\d+)\/\d+\]/.exec(failedStep);
  if (!m) return undefined;
  const [, name, position] = m;
  const numbered = name === undefined ? undefined : /^stage-(\d+)$/.exec(name);
  let stage: Stage | undefined;
  if (name === undefined) stage = image.stages.length === 1 ? image.stages[0] : undefined;
  else stage = image.stages.find((s) => s.name === name) ?? (numbered ? resolveImage(image).resolved?.stages[Number(numbered[1])] : undefined);
  if (!stage) return undefined;
  const index = Number(position) - 2;
  return index < 0 ? stage : stage.steps.filter((s) => s.kind !== 'comment')[index];
}

/**
 * Where the config wrote the failed steps of images: the config is evaluated again with source
 * capture on (a clean plan runs without it), and each failed step is found in its image.
 * An image the config does not define itself, or a config that no longer loads, has none.
 *
 * @param cwd - the working directory
 * @param config - the `--config` flag, if given
 * @param failed - image names and the steps BuildKit reported as failed
 * @example
 * await failedStepSources(io.cwd, flags.config, [{ image: 'api', step: '[build 3/5] RUN go build ./...' }]);
 */
export async function failedStepSources(cwd: string, config: string | undefined, failed: ReadonlyArray<{ image: string; step: string }>): Promise<Map<string, SourceLocation>> {
  const found = new Map<string, SourceLocation>();
  if (failed.length === 0) return found;
  const was = setSourceCapture(true);
  try {
    const { config: loaded } = await loadProject(cwd, config);
    for (const { image, step } of failed) {
      const input = loaded.images.find((i) => (i as { name?: unknown }).name === image) as ImageInput | undefined;
      const at = input && sourceOf(failedInstruction(toImage(input), step));
      if (at) found.set(image, at);
    }
  } catch {
    // The build already failed and says why; without a location the report is only shorter.
  } finally {
    setSourceCapture(was);
  }
  return found;
}

/**
 * The generated Dockerfile's line of the failure, from BuildKit's `<file>:<line>` error line.
 *
 * @param errorLines - docker's error text
 * @example
 * dockerfileLine(['api.Dockerfile:9', 'ERROR: failed to solve: …']); // 9
 */
export function dockerfileLine(errorLines: readonly string[]): number | undefined {
  for (const line of errorLines) {
    const m = /^\S*Dockerfile(?:\.\S+)?:(\d+)$/.exec(line.trim());
    if (m) return Number(m[1]);
  }
  return undefined;
}
