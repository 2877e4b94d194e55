import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { execFormSchema, type ExecForm } from '../model/exec-form.js';
import { asciiFlagValue, goSpace, instructionBase } from '../model/primitives.js';
import { flag, jsonArray } from '../print/quote.js';
import { defaultPrintContext, type PrintContext } from '../print/print-context.js';
import { bodyEndsAt, heredocMarker, heredocSchema, heredocTail, pickDelimiter, type Heredoc } from './heredoc.js';
import { mountSchema, printMount, type Mount } from './mount.js';
import { csvText, literalFlag } from '../print/flag-quote.js';
import { wrapShell } from '../print/wrap-shell.js';

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

/**
 * Options of RUN besides the command.
 *
 * @example
 * const options: RunOptions = { mounts: [cache('/root/.npm')], network: 'none' };
 */
export type RunOptions = Omit<RunInstruction, 'kind' | 'command'>;

/**
 * Schema of RUN.
 *
 * @example
 * runSchema.parse(run('npm ci'));
 */
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
    device: z.array(asciiFlagValue('a device name')).optional(),
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
export function runFlags(i: RunInstruction, ctx: PrintContext = defaultPrintContext): string[] {
  const flags: string[] = [];
  for (const mount of i.mounts ?? []) flags.push(printMount(mount, ctx));
  if (i.network) flags.push(flag('network', i.network));
  if (i.security) flags.push(flag('security', i.security));
  for (const device of i.device ?? []) flags.push(literalFlag('device', deviceValue(device), ctx));
  return flags;
}

// White space other than blanks at either end, which BuildKit would trim from a one-line RUN.
const edgeSpace = new RegExp(`^${goSpace.source}|${goSpace.source}$`);

// BuildKit takes a word `<<x…` for a heredoc marker (blanks after the arrows stay in the word, so
// `<< EOF` is one too); erring towards a heredoc is safe, it reads back the same. Words split at
// Go's white space, which includes NEL (U+0085) where JavaScript's `\s` does not.
const heredocWord = new RegExp(`(?:^|${goSpace.source})\\d*<<(?!<)`);

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
    trimmed === '' ||
    edgeSpace.test(command.replace(/^[ \t]+|[ \t]+$/g, '')) ||
    heredocWord.test(command)
  );
}

/**
 * A device as BuildKit's `--device` CSV reads it back as that name: written bare when it reads
 * as itself, otherwise as a quoted `name=` field (a comma, a quote, `required` or a `name=`/
 * `required=` key would be read as options). BuildKit does not expand it.
 *
 * @example
 * deviceValue('vendor.com/gpu=all'); // 'vendor.com/gpu=all'
 * deviceValue('a,b'); // 'name="a,b"'
 */
export function deviceValue(device: string): string {
  const key = device.split('=', 1)[0]!.toLowerCase();
  const readsAsItself = csvText(device) === device && key !== 'name' && key !== 'required';
  // CSV quotes count only at the start of a field, so the whole `name=…` field is quoted.
  return readsAsItself ? device : csvText(`name=${device}`);
}

/** Prints RUN, wrapping long shell chains with continuations and keeping heredocs exact. */
export function printRun(i: RunInstruction, ctx: PrintContext): string {
  const head = ['RUN', ...runFlags(i, ctx)].join(' ');
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
