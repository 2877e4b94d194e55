import type { CommandForm } from '../model/exec-form.js';
import type { HealthcheckInstruction, HealthcheckNoneInstruction } from '../instructions/healthcheck.js';
import type { RunInstruction } from '../instructions/run.js';
import type { ShellInstruction } from '../instructions/shell.js';
import { attachSource } from '../model/source-location.js';
import type { InstructionContext } from './context.js';
import { recordFlagSources } from './flag-sources.js';
import { flagList, flagString, readFlags, type FlagSpec } from './flags.js';
import { heredocMarkerOf, type HeredocMarker } from './heredocs.js';
import { parseJsonArray } from './json-form.js';
import { parseMount } from './mount.js';
import { durationError } from './values.js';
import { splitWords } from './words.js';

/**
 * The heredoc markers of a shell-form line (outside quotes), in order.
 *
 * @example
 * markersIn('<<A cat > a && <<B cat > b', 4, '\\').map((m) => m.name); // ['A', 'B']
 */
export function markersIn(text: string, offset: number, escape: string): HeredocMarker[] {
  if (text.indexOf('<<') < 0) return [];
  const markers: HeredocMarker[] = [];
  for (const word of splitWords(text, offset, escape)) {
    const marker = heredocMarkerOf(word);
    if (marker) markers.push(marker);
  }
  return markers;
}

/**
 * Exec form when the text is a JSON array of strings, otherwise shell form (as Docker does,
 * silently, for invalid JSON). An empty array is DSL5022 and kept as shell text.
 *
 * @example
 * commandForm('["node", "app.js"]', 4, ctx); // ['node', 'app.js']
 */
export function commandForm(text: string, offset: number, ctx: InstructionContext): CommandForm {
  const json = parseJsonArray(text);
  if (json === undefined) return { shell: text };
  if (json.length === 0) {
    ctx.report('DSL5022', 'an empty exec form [] runs nothing; the model needs a program', offset);
    return { shell: text };
  }
  return json as unknown as CommandForm;
}

/**
 * `RUN [--mount…] [--network] [--security] [--device] command|["exe",…]|<<EOF…`.
 *
 * @example
 * parseRun('--mount=type=cache,target=/root/.npm npm ci', 4, ctx);
 */
export function parseRun(args: string, offset: number, ctx: InstructionContext): RunInstruction | undefined {
  const flags = readFlags(args, offset, runFlags, ctx);
  const rest = flags.rest;
  if (rest === '') {
    ctx.report('DSL5004', 'RUN needs a command', offset);
    return undefined;
  }
  const run: RunInstruction = { kind: 'run', command: rest };
  const json = parseJsonArray(rest);
  if (json !== undefined && json.length > 0) {
    run.command = json as unknown as RunInstruction['command'];
  } else {
    const markers = markersIn(rest, flags.restOffset, ctx.escape);
    if (markers.length > 0) {
      const docs = ctx.readHeredocs(markers);
      if (docs) run.heredocs = docs;
    }
  }
  const mounts = flagList(flags, 'mount');
  if (mounts) run.mounts = mounts.map((m) => attachSource(parseMount(m.value!, ctx, m.offset), ctx.locate(m.offset, m.length)));
  const network = flagString(flags, 'network');
  if (network !== undefined) {
    if (network !== 'default' && network !== 'none' && network !== 'host') ctx.report('DSL5008', `unsupported network mode '${network}'`, offset, 'use default, none or host');
    run.network = network as RunInstruction['network'];
  }
  const security = flagString(flags, 'security');
  if (security !== undefined) {
    if (security !== 'sandbox' && security !== 'insecure') ctx.report('DSL5008', `unsupported security mode '${security}'`, offset, 'use sandbox or insecure');
    run.security = security as RunInstruction['security'];
  }
  const devices = flagList(flags, 'device');
  if (devices) run.device = devices.map((d) => d.value!);
  recordFlagSources(run, flags.all, ctx);
  return run;
}

/**
 * `CMD` or `ENTRYPOINT`: exec form as a tuple, anything else shell form.
 *
 * @example
 * parseCommand('cmd', 'npm start', 4, ctx); // { kind: 'cmd', command: { shell: 'npm start' } }
 */
export function parseCommand<K extends 'cmd' | 'entrypoint'>(kind: K, args: string, offset: number, ctx: InstructionContext): { kind: K; command: CommandForm } | undefined {
  readFlags(args, offset, noFlags, ctx);
  if (args === '') {
    ctx.report('DSL5004', `${kind.toUpperCase()} needs a command`, offset);
    return undefined;
  }
  // `CMD []` and `ENTRYPOINT []` clear what the base image set; the model has them.
  if (parseJsonArray(args)?.length === 0) return { kind, command: [] as unknown as CommandForm };
  return { kind, command: commandForm(args, offset, ctx) };
}

/**
 * `SHELL ["exe", …]` (JSON only).
 *
 * @example
 * parseShell('["/bin/bash", "-c"]', 6, ctx); // { kind: 'shell', command: ['/bin/bash', '-c'] }
 */
export function parseShell(args: string, offset: number, ctx: InstructionContext): ShellInstruction | undefined {
  const json = parseJsonArray(args);
  if (json === undefined || json.length === 0) {
    ctx.report('DSL5016', 'SHELL requires the arguments to be in JSON form, such as ["/bin/bash", "-c"]', offset);
    return undefined;
  }
  return { kind: 'shell', command: json as unknown as ShellInstruction['command'] };
}

const noFlags: FlagSpec = [];
const runFlags: FlagSpec = [['mount', 'list'], ['network', 'string'], ['security', 'string'], ['device', 'list']];
const healthcheckFlags: FlagSpec = [['interval', 'string'], ['timeout', 'string'], ['start-period', 'string'], ['start-interval', 'string'], ['retries', 'string']];

/** JavaScript's `\s` (white space and line terminators), by code. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The first word of `text` and the text after it and the white space that follows it (what
 * `/^(\S+)\s*([\s\S]*)$/` captures), or `undefined` when `text` starts with white space or is empty.
 *
 * @example
 * typeAndRest('CMD  curl -f http://localhost/'); // ['CMD', 'curl -f http://localhost/']
 */
export function typeAndRest(text: string): [type: string, rest: string] | undefined {
  let end = 0;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  if (end === 0) return undefined;
  let from = end;
  while (from < text.length && isSpace(text.charCodeAt(from))) from++;
  return [text.slice(0, end), text.slice(from)];
}

/**
 * `HEALTHCHECK [--interval…] CMD …` or `HEALTHCHECK NONE`.
 *
 * @example
 * parseHealthcheck('--interval=10s CMD curl -f http://localhost/', 12, ctx);
 */
export function parseHealthcheck(args: string, offset: number, ctx: InstructionContext): HealthcheckInstruction | HealthcheckNoneInstruction | undefined {
  const flags = readFlags(args, offset, healthcheckFlags, ctx);
  const match = typeAndRest(flags.rest);
  const written = match?.[0];
  const type = written === 'CMD' || written === 'NONE' ? written : written?.toUpperCase();
  if (type === 'NONE') {
    if (match![1] !== '') ctx.report('DSL5020', 'HEALTHCHECK NONE takes no arguments', offset);
    else if (flags.all.length > 0) ctx.report('DSL5054', 'HEALTHCHECK NONE ignores its options', offset, 'remove the options: NONE turns off the health check inherited from the base image');
    return { kind: 'healthcheck', none: true };
  }
  if (type !== 'CMD') {
    ctx.report('DSL5020', `unknown HEALTHCHECK type '${written ?? ''}' (try CMD)`, flags.restOffset);
    return undefined;
  }
  const commandText = match![1];
  if (commandText === '') {
    ctx.report('DSL5020', 'missing command after HEALTHCHECK CMD', flags.restOffset);
    return undefined;
  }
  const commandOffset = flags.restOffset + flags.rest.length - commandText.length;
  const check: HealthcheckInstruction = { kind: 'healthcheck', test: commandForm(commandText, commandOffset, ctx) };
  for (const f of flags.accepted) {
    const invalid = f.name === 'retries' || f.value === undefined ? undefined : durationError(f.name, f.value);
    if (invalid) ctx.report('DSL5052', `--${f.name}: ${invalid}`, f.offset, 'write a unit on every number: 30s, 1m30s, 500ms');
  }
  const interval = flagString(flags, 'interval');
  if (interval !== undefined) check.interval = interval;
  const timeout = flagString(flags, 'timeout');
  if (timeout !== undefined) check.timeout = timeout;
  const startPeriod = flagString(flags, 'start-period');
  if (startPeriod !== undefined) check.startPeriod = startPeriod;
  const startInterval = flagString(flags, 'start-interval');
  if (startInterval !== undefined) check.startInterval = startInterval;
  const retries = flagString(flags, 'retries');
  if (retries !== undefined) {
    if (/^\d+$/.test(retries)) check.retries = Number(retries);
    else ctx.report('DSL5008', `--retries expects a whole number, not '${retries}'`, offset);
  }
  recordFlagSources(check, flags.all, ctx);
  return check;
}
