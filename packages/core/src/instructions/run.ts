import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { execFormSchema, type ExecForm } from '../model/exec-form.js';
import { flagValue, instructionBase } from '../model/primitives.js';
import { flag, jsonArray } from '../compile/quote.js';
import type { PrintContext } from '../compile/print-context.js';
import { bodyEndsAt, heredocMarker, heredocSchema, heredocTail, pickDelimiter, type Heredoc } from './heredoc.js';
import { mountSchema, mountValue, type Mount } from './mount.js';
import { wrapShell } from '../compile/wrap-shell.js';

/**
 * `RUN`: a command run while building. A string is shell form (the norm for RUN), a tuple is
 * exec form. With `heredocs`, the command line holds `<<EOF` markers and the bodies follow.
 *
 * @example
 * const r: RunInstruction = { kind: 'run', command: 'npm ci', mounts: [{ type: 'cache', target: '/root/.npm' }] };
 */
export interface RunInstruction {
  kind: 'run';
  command: string | ExecForm;
  heredocs?: Heredoc[];
  mounts?: Mount[];
  network?: 'default' | 'none' | 'host';
  security?: 'sandbox' | 'insecure';
  device?: string[];
  comment?: string;
}

/** Options of RUN besides the command. */
export type RunOptions = Omit<RunInstruction, 'kind' | 'command'>;

/** Schema of RUN. */
export const runSchema = z
  .strictObject({
    kind: z.literal('run'),
    command: z.union(
      [
        z
          .string()
          .refine((c) => c.trim() !== '', { error: 'RUN needs a command' })
          .refine((c) => !c.includes('\r'), { message: 'a RUN command cannot contain a carriage return (Docker reads lines without it)', params: { code: 'DSL1010' } }),
        execFormSchema,
      ],
      { error: 'RUN takes a shell command string or an exec-form array of strings' },
    ),
    heredocs: z.array(heredocSchema).min(1).optional(),
    mounts: z.array(mountSchema).optional(),
    network: z.enum(['default', 'none', 'host']).optional(),
    security: z.enum(['sandbox', 'insecure']).optional(),
    device: z.array(flagValue('a device name')).optional(),
    ...instructionBase,
  })
  .superRefine((r, ctx) => {
    if (!r.heredocs) return;
    if (typeof r.command !== 'string') {
      ctx.addIssue({ code: 'custom', message: 'heredocs go with a shell-form RUN command that holds their <<markers', path: ['heredocs'], params: { code: 'DSL1018' } });
      return;
    }
    if (/[\r\n]/.test(r.command)) {
      ctx.addIssue({ code: 'custom', message: 'with heredocs, the RUN command is the first line only: put the script in the heredoc bodies', path: ['command'], params: { code: 'DSL1010' } });
      return;
    }
    const markers = heredocMarkers(r.command);
    if (markers.length !== r.heredocs.length) {
      ctx.addIssue({ code: 'custom', message: `the command has ${markers.length} <<marker(s) but ${r.heredocs.length} heredoc(s) follow`, path: ['heredocs'], params: { code: 'DSL1018' } });
      return;
    }
    r.heredocs.forEach((doc, n) => {
      const marker = markers[n]!;
      if (doc.delimiter !== undefined && doc.delimiter !== marker) {
        ctx.addIssue({ code: 'custom', message: `heredoc ${n + 1} ends with '${doc.delimiter}' but the command marks it <<${marker}`, path: ['heredocs', n, 'delimiter'], params: { code: 'DSL1018' } });
      } else if (bodyEndsAt(doc.body, marker)) {
        ctx.addIssue({ code: 'custom', message: `heredoc ${n + 1} has a line equal to its delimiter '${marker}', which would end it early`, path: ['heredocs', n, 'body'], params: { code: 'DSL1017' } });
      }
    });
  });

const markerPattern = /\d*<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The delimiters of the `<<WORD` heredoc markers on a RUN command line, in order.
 *
 * @example
 * heredocMarkers('python3 <<PY > out.txt'); // ['PY']
 */
export function heredocMarkers(command: string): string[] {
  return [...command.matchAll(markerPattern)].map((m) => m[1]!);
}

/**
 * A RUN step.
 *
 * @example
 * run('apt-get update && apt-get install -y --no-install-recommends curl');
 * run(['make', 'install']);
 */
export function run(command: string | ExecForm, options: RunOptions = {}): RunInstruction {
  return captureSource({ kind: 'run', command, ...options });
}

/**
 * A RUN step whose script is a heredoc, optionally fed to a program (`RUN <<EOF bash`).
 *
 * @example
 * script('set -eux\napt-get update\napt-get install -y curl', { program: 'bash' });
 */
export function script(body: string, options: RunOptions & { program?: string; quoted?: boolean } = {}): RunInstruction {
  const { program, quoted, ...rest } = options;
  const delimiter = pickDelimiter(body);
  const doc: Heredoc = { delimiter, body, ...(quoted ? { quoted } : {}) };
  return captureSource({
    kind: 'run',
    command: heredocMarker(doc, delimiter) + (program ? ` ${program}` : ''),
    heredocs: [doc],
    ...rest,
  });
}

/** The `--mount`, `--network`, `--security` and `--device` flags of a RUN. */
export function runFlags(i: RunInstruction): string[] {
  const flags: string[] = [];
  for (const mount of i.mounts ?? []) flags.push(flag('mount', mountValue(mount)));
  if (i.network) flags.push(flag('network', i.network));
  if (i.security) flags.push(flag('security', i.security));
  for (const device of i.device ?? []) flags.push(flag('device', device));
  return flags;
}

// BuildKit takes any word `<<x…` (x not `<`) for a heredoc marker, whatever follows the arrows.
const heredocWord = /(?:^|\s)\d*<<[^<\s]/;

/** Whether Docker reads the text as exec form: a JSON array of strings (anything else is shell form). */
function readsAsExecForm(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
  } catch {
    return false;
  }
}

/**
 * True when a shell command cannot be written on one RUN line without changing its meaning: a
 * line break, a final escape token (it would continue the line), text Docker would read as a
 * JSON exec form, a leading `-` (read as a flag), or a word Docker would take for a heredoc marker.
 *
 * @example
 * needsHeredoc('echo a\necho b', '\\'); // true
 */
export function needsHeredoc(command: string, escape: PrintContext['escape']): boolean {
  const trimmed = command.trim();
  return (
    /[\r\n]/.test(command) ||
    trimmed.endsWith(escape) ||
    (trimmed.startsWith('[') && readsAsExecForm(trimmed)) ||
    trimmed.startsWith('-') ||
    trimmed.startsWith('#') ||
    heredocWord.test(command)
  );
}

/** Prints RUN, wrapping long shell chains with continuations and keeping heredocs exact. */
export function printRun(i: RunInstruction, ctx: PrintContext): string {
  const head = ['RUN', ...runFlags(i)].join(' ');
  if (typeof i.command !== 'string') return `${head} ${jsonArray(i.command)}`;
  if (i.heredocs) {
    let text = `${head} ${i.command}`;
    const markers = heredocMarkers(i.command);
    i.heredocs.forEach((doc, n) => {
      text += heredocTail(doc, doc.delimiter ?? markers[n] ?? 'EOF');
    });
    return text;
  }
  if (needsHeredoc(i.command, ctx.escape)) {
    const doc: Heredoc = { body: i.command };
    const delimiter = pickDelimiter(i.command);
    return `${head} ${heredocMarker(doc, delimiter)}${heredocTail(doc, delimiter)}`;
  }
  return wrapShell(head, i.command, ctx);
}
