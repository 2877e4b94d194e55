import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { commandFormSchema, type CommandForm } from '../model/exec-form.js';
import { duration, instructionBase } from '../model/primitives.js';
import { printCommandForm } from '../print/command-form.js';

/**
 * Timing options of a HEALTHCHECK (Go durations such as `30s`).
 *
 * @example
 * const timing: HealthcheckTiming = { interval: '30s', timeout: '3s', retries: 3 };
 */
export interface HealthcheckTiming {
  interval?: string;
  timeout?: string;
  startPeriod?: string;
  startInterval?: string;
  retries?: number;
}

/**
 * `HEALTHCHECK [OPTS] CMD …`: how Docker tells whether the container works.
 *
 * @example
 * const h: HealthcheckInstruction = { kind: 'healthcheck', test: ['wget', '-qO-', 'http://localhost:8080/health'], interval: '10s' };
 */
export interface HealthcheckInstruction extends HealthcheckTiming {
  kind: 'healthcheck';
  test: CommandForm;
  comment?: string;
}

/**
 * `HEALTHCHECK NONE`: turns off a check inherited from the base image. Takes no options.
 *
 * @example
 * const h: HealthcheckNoneInstruction = { kind: 'healthcheck', none: true };
 */
export interface HealthcheckNoneInstruction {
  kind: 'healthcheck';
  none: true;
  comment?: string;
  // NONE takes no test and no options: giving one is a type error, not a silently dropped field.
  test?: never;
  interval?: never;
  timeout?: never;
  startPeriod?: never;
  startInterval?: never;
  retries?: never;
}

const timing = {
  interval: duration.optional(),
  timeout: duration.optional(),
  startPeriod: duration.optional(),
  startInterval: duration.optional(),
  retries: z.number().int().min(0).optional(),
};

/**
 * Schema of HEALTHCHECK: a test with optional timing, or `none: true` alone.
 *
 * @example
 * healthcheckSchema.parse(healthcheck(['curl', '-f', 'http://localhost/'], { interval: '30s' }));
 */
export const healthcheckSchema = z
  .strictObject({ kind: z.literal('healthcheck'), test: commandFormSchema.optional(), none: z.literal(true).optional(), ...timing, ...instructionBase })
  .superRefine((h, ctx) => {
    const options = (['interval', 'timeout', 'startPeriod', 'startInterval', 'retries'] as const).filter((k) => h[k] !== undefined);
    if (h.none && h.test !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'HEALTHCHECK NONE takes no test command', path: ['test'], params: { code: 'DSL1007' } });
    } else if (h.none && options.length > 0) {
      ctx.addIssue({ code: 'custom', message: `HEALTHCHECK NONE takes no options (${options.join(', ')})`, path: [options[0]!], params: { code: 'DSL1007' } });
    } else if (!h.none && h.test === undefined) {
      ctx.addIssue({ code: 'invalid_type', expected: 'array', message: 'HEALTHCHECK needs a test command or { none: true }', path: ['test'] });
    }
  });

/**
 * A health check.
 *
 * @example
 * healthcheck(['curl', '-fsS', 'http://localhost:8000/health'], { interval: '10s', retries: 3 });
 */
export function healthcheck(test: CommandForm, options: HealthcheckTiming & { comment?: string } = {}): HealthcheckInstruction {
  return captureSource({ kind: 'healthcheck', test, ...options });
}

/**
 * Disables the base image's health check.
 *
 * @example
 * healthcheckNone();
 */
export function healthcheckNone(): HealthcheckNoneInstruction {
  return captureSource({ kind: 'healthcheck', none: true });
}

/** Prints HEALTHCHECK. */
export function printHealthcheck(i: HealthcheckInstruction | HealthcheckNoneInstruction): string {
  if ('none' in i) return 'HEALTHCHECK NONE';
  const flags: string[] = [];
  if (i.interval !== undefined) flags.push(`--interval=${i.interval}`);
  if (i.timeout !== undefined) flags.push(`--timeout=${i.timeout}`);
  if (i.startPeriod !== undefined) flags.push(`--start-period=${i.startPeriod}`);
  if (i.startInterval !== undefined) flags.push(`--start-interval=${i.startInterval}`);
  if (i.retries !== undefined) flags.push(`--retries=${i.retries}`);
  return ['HEALTHCHECK', ...flags, 'CMD', printCommandForm(i.test)].join(' ');
}
