import type { HealthcheckInstruction } from '../instructions/healthcheck.js';
import type { Image } from '../image/image.js';
import { isExecForm, type CommandForm } from '../model/exec-form.js';
import type { Stage } from '../image/stage.js';
import { specObject } from './keys.js';

/**
 * A service health check. Without one, the container runs its image's own HEALTHCHECK; a
 * check with timing but no `test` keeps the image's test and changes the timing.
 *
 * @example
 * const h: ComposeHealthcheck = { test: ['wget', '-q', '--spider', 'http://localhost/'], interval: '5s', retries: 5 };
 */
export interface ComposeHealthcheck {
  /** Exec form runs the program directly (`CMD`); `{ shell }` runs it under a shell (`CMD-SHELL`). */
  test?: CommandForm;
  interval?: string;
  timeout?: string;
  startPeriod?: string;
  startInterval?: string;
  retries?: number;
  /** Turns off the image's check. */
  disable?: boolean;
}

/**
 * What an image says about health: its HEALTHCHECK, `none` (HEALTHCHECK NONE, or a chain
 * that starts from `scratch`), or `unknown` when the chain starts from an outside image that
 * may define one.
 *
 * @example
 * const h: ImageHealth = { kind: 'unknown', base: 'nginx:1.27' };
 */
export type ImageHealth = { kind: 'check'; healthcheck: HealthcheckInstruction } | { kind: 'none' } | { kind: 'unknown'; base: string };

/**
 * Finds the HEALTHCHECK that a build of `image` (at `target`, default its target or last stage)
 * ends up with, following `FROM <stage>` to earlier stages.
 *
 * @example
 * imageHealth(toImage(web)).kind; // 'check'
 */
export function imageHealth(image: Image, target: string | undefined = image.target): ImageHealth {
  const byName = new Map(image.stages.filter((s) => s.name !== undefined).map((s) => [s.name!.toLowerCase(), s]));
  let current: Stage | undefined = target === undefined ? image.stages.at(-1) : byName.get(target.toLowerCase());
  const seen = new Set<Stage>();
  while (current && !seen.has(current)) {
    seen.add(current);
    for (let i = current.steps.length - 1; i >= 0; i--) {
      const step = current.steps[i]!;
      if (step.kind !== 'healthcheck') continue;
      return 'none' in step ? { kind: 'none' } : { kind: 'check', healthcheck: step };
    }
    const base = typeof current.from === 'string' ? current.from : current.from.stage;
    const parent = byName.get(base.toLowerCase());
    if (parent && image.stages.indexOf(parent) < image.stages.indexOf(current)) current = parent;
    else return base === 'scratch' ? { kind: 'none' } : { kind: 'unknown', base };
  }
  return { kind: 'none' };
}

/**
 * A compose test line: `['CMD', …]` for exec form, `['CMD-SHELL', text]` for shell form.
 *
 * @example
 * testLine(['curl', '-f', 'http://localhost']); // ['CMD', 'curl', '-f', 'http://localhost']
 */
export function testLine(test: CommandForm): string[] {
  return isExecForm(test) ? ['CMD', ...test] : ['CMD-SHELL', test.shell];
}

/**
 * Reads a compose test (`['CMD', …]`, `['CMD-SHELL', …]`, a string, `['NONE']`).
 *
 * @example
 * readTestLine(['CMD', 'true']); // { test: ['true'] }
 */
export function readTestLine(value: string | readonly string[]): { test?: CommandForm; disable?: true } | undefined {
  if (typeof value === 'string') return { test: { shell: value } };
  const [head, ...rest] = value;
  if (head === 'NONE') return { disable: true };
  if (head === 'CMD' && rest.length > 0) return { test: rest as [string, ...string[]] };
  if (head === 'CMD-SHELL' && rest.length > 0) return { test: { shell: rest.join(' ') } };
  return undefined;
}

const order = ['test', 'interval', 'timeout', 'retries', 'start_period', 'start_interval', 'disable'];

/**
 * A health check as Compose YAML.
 *
 * @example
 * compileHealthcheck({ test: ['true'], interval: '5s' }); // { test: ['CMD', 'true'], interval: '5s' }
 */
export function compileHealthcheck(h: ComposeHealthcheck): Record<string, unknown> {
  return specObject({ ...h, test: h.test === undefined ? undefined : testLine(h.test) }, order);
}
