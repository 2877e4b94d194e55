import type { Output } from '../ui/output.js';
import { statusText, type ImageStatus } from './image-status.js';

/** Receives build events and shows them. */
export interface ProgressReporter {
  /** A line of docker's output for an image. */
  line(status: ImageStatus, line: string): void;
  /** An image changed phase (or its step moved on). */
  update(status: ImageStatus): void;
  /** The build is over: leave the screen in a clean state. */
  stop(): void;
}

/**
 * Log lines prefixed with the image name (for CI logs and pipes): docker's own output, and a
 * line whenever an image starts, finishes, fails or is skipped.
 *
 * @example
 * const progress = plainProgress(io, ['api', 'worker']);
 */
export function plainProgress(io: Output, names: readonly string[]): ProgressReporter {
  const width = Math.max(...names.map((n) => n.length));
  const prefix = (name: string): string => io.ce.cyan(`${name.padEnd(width)} |`);
  return {
    line: (s, line) => io.err.write(`${prefix(s.name)} ${line}\n`),
    update: (s) => {
      if (s.phase === 'building' && s.log.position === undefined) io.err.write(`${prefix(s.name)} building\n`);
      else if (s.phase !== 'building') io.err.write(`${prefix(s.name)} ${phaseColour(io, s)(statusText(s))}\n`);
    },
    stop: () => undefined,
  };
}

/**
 * A live block on a terminal: one line per image, redrawn in place at most ten times a second,
 * each line as wide as the terminal is at that moment.
 *
 * @example
 * const progress = ttyProgress(io, statuses);
 */
export function ttyProgress(io: Output, statuses: readonly ImageStatus[]): ProgressReporter {
  const width = Math.max(...statuses.map((s) => s.name.length));
  let drawn = 0;
  const draw = (): void => {
    const columns = io.err.columns ?? 100;
    let text = drawn > 0 ? `\x1b[${drawn}A` : '';
    // The step's text gets what the terminal's width leaves after the name, `building step n/m ` and the time.
    const stepWidth = Math.max(10, columns - width - 40);
    for (const s of statuses) {
      const plain = `${s.name.padEnd(width)}  ${statusText(s, Date.now(), stepWidth)}`.slice(0, Math.max(20, columns - 1));
      text += `\x1b[2K${io.ce.bold(plain.slice(0, width))}${phaseColour(io, s)(plain.slice(width))}\n`;
    }
    drawn = statuses.length;
    io.err.write(text);
  };
  const timer = setInterval(draw, 100);
  timer.unref();
  draw();
  return {
    line: () => undefined,
    update: () => undefined,
    stop: () => {
      clearInterval(timer);
      draw();
    },
  };
}

function phaseColour(io: Output, s: ImageStatus): (t: string) => string {
  if (s.phase === 'failed' || s.phase === 'cancelled') return io.ce.red;
  if (s.phase === 'done' || s.phase === 'unchanged') return io.ce.green;
  if (s.phase === 'skipped') return io.ce.yellow;
  return io.ce.dim;
}
