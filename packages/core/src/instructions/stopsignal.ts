import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase } from '../model/primitives.js';

/**
 * Signal names Docker accepts for STOPSIGNAL (Linux).
 *
 * @example
 * signalNames.includes('SIGTERM'); // true
 */
export const signalNames = [
  'SIGABRT', 'SIGALRM', 'SIGBUS', 'SIGCHLD', 'SIGCONT', 'SIGFPE', 'SIGHUP', 'SIGILL', 'SIGINT', 'SIGIO',
  'SIGIOT', 'SIGKILL', 'SIGPIPE', 'SIGPOLL', 'SIGPROF', 'SIGPWR', 'SIGQUIT', 'SIGSEGV', 'SIGSTKFLT',
  'SIGSTOP', 'SIGSYS', 'SIGTERM', 'SIGTRAP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGUSR1',
  'SIGUSR2', 'SIGVTALRM', 'SIGWINCH', 'SIGXCPU', 'SIGXFSZ',
] as const;

/**
 * A signal name such as `SIGTERM`, a real-time signal (`SIGRTMIN+3`) or a signal number.
 *
 * @example
 * const signal: SignalName = 'SIGQUIT'; // also 'SIGRTMIN+3'
 */
export type SignalName = (typeof signalNames)[number] | `SIGRTMIN+${number}` | `SIGRTMAX-${number}`;

/**
 * `STOPSIGNAL`: the signal `docker stop` sends.
 *
 * @example
 * const s: StopsignalInstruction = { kind: 'stopsignal', signal: 'SIGQUIT' };
 */
export interface StopsignalInstruction {
  kind: 'stopsignal';
  signal: SignalName | number | `$${string}`;
  comment?: string;
}

const known = new Set<string>(signalNames);

/**
 * Schema of STOPSIGNAL.
 *
 * @example
 * stopsignalSchema.parse(stopsignal('SIGQUIT'));
 */
export const stopsignalSchema = z.strictObject({
  kind: z.literal('stopsignal'),
  signal: z.union([
    z.number().int().min(1).max(64),
    z.string().refine((s) => known.has(s) || /^SIGRT(?:MIN\+|MAX-)\d+$/.test(s) || /^\$(?:[A-Za-z_]\w*|\{[A-Za-z_]\w*\})$/.test(s), {
      message: `expected a signal name such as SIGTERM or SIGQUIT, or a signal number`,
      params: { code: 'DSL1016' },
    }),
  ]),
  ...instructionBase,
});

/**
 * Sets the stop signal.
 *
 * @example
 * stopsignal('SIGQUIT');
 */
export function stopsignal(signal: StopsignalInstruction['signal'], options: { comment?: string } = {}): StopsignalInstruction {
  return captureSource({ kind: 'stopsignal', signal, ...options });
}

/** Prints STOPSIGNAL. */
export function printStopsignal(i: StopsignalInstruction): string {
  return `STOPSIGNAL ${i.signal}`;
}
