import type { ExposeInstruction, PortSpec } from '../instructions/expose.js';
import type { MaintainerInstruction } from '../instructions/maintainer.js';
import type { StopsignalInstruction } from '../instructions/stopsignal.js';
import type { UserInstruction } from '../instructions/user.js';
import type { VolumeInstruction } from '../instructions/volume.js';
import type { WorkdirInstruction } from '../instructions/workdir.js';
import { reportVariableSyntax } from './variable-syntax.js';
import type { InstructionContext } from './context.js';
import { parseJsonArray } from './json-form.js';
import { splitWords, unquote, unquoteWord } from './words.js';
import { portSpecError, signalError } from './values.js';

const wholeNumber = /^(?:0|[1-9]\d{0,9})$/;

function required(keyword: string, args: string, offset: number, ctx: InstructionContext): boolean {
  if (args !== '') return true;
  ctx.report('DSL5004', `${keyword} requires exactly one argument`, offset);
  return false;
}

/**
 * `USER name[:group]`; whole numbers become numeric ids.
 *
 * @example
 * parseUser('10001:10001', 5, ctx); // { kind: 'user', user: 10001, group: 10001 }
 */
export function parseUser(args: string, offset: number, ctx: InstructionContext): UserInstruction | undefined {
  if (!required('USER', args, offset, ctx)) return undefined;
  reportVariableSyntax(args, offset, ctx);
  const text = unquote(args, ctx.escape);
  const colon = text.indexOf(':');
  const name = colon < 0 ? text : text.slice(0, colon);
  const user: UserInstruction = { kind: 'user', user: wholeNumber.test(name) ? Number(name) : name };
  if (colon >= 0) {
    const group = text.slice(colon + 1);
    user.group = wholeNumber.test(group) ? Number(group) : group;
  }
  return user;
}

/**
 * `WORKDIR path` (the whole rest of the line is the path).
 *
 * @example
 * parseWorkdir('/app', 8, ctx); // { kind: 'workdir', path: '/app' }
 */
export function parseWorkdir(args: string, offset: number, ctx: InstructionContext): WorkdirInstruction | undefined {
  if (!required('WORKDIR', args, offset, ctx)) return undefined;
  reportVariableSyntax(args, offset, ctx);
  return { kind: 'workdir', path: unquote(args, ctx.escape) };
}

/**
 * `EXPOSE port[/proto] …`; plain port numbers become numbers.
 *
 * @example
 * parseExpose('8080 53/udp', 7, ctx); // { kind: 'expose', ports: [8080, '53/udp'] }
 */
export function parseExpose(args: string, offset: number, ctx: InstructionContext): ExposeInstruction | undefined {
  reportVariableSyntax(args, offset, ctx);
  const ports = splitWords(args, offset, ctx.escape).map((w) => {
    const text = unquoteWord(w, ctx.escape);
    const invalid = portSpecError(text);
    if (invalid) ctx.report('DSL5050', invalid, w.offset, 'a port is 0-65535, optionally a range and /tcp, /udp or /sctp');
    return (wholeNumber.test(text) ? Number(text) : text) as PortSpec;
  });
  if (ports.length === 0) {
    ctx.report('DSL5004', 'EXPOSE needs at least one port', offset);
    return undefined;
  }
  return { kind: 'expose', ports: ports as ExposeInstruction['ports'] };
}

/**
 * `VOLUME ["/a", "/b"]` or `VOLUME /a /b`.
 *
 * @example
 * parseVolume('/data', 7, ctx); // { kind: 'volume', paths: ['/data'] }
 */
export function parseVolume(args: string, offset: number, ctx: InstructionContext): VolumeInstruction | undefined {
  const json = parseJsonArray(args);
  let paths: string[];
  if (json !== undefined) {
    paths = json;
  } else {
    reportVariableSyntax(args, offset, ctx);
    paths = splitWords(args, offset, ctx.escape).map((w) => unquoteWord(w, ctx.escape));
  }
  if (paths.length === 0 || paths.some((p) => p === '')) {
    ctx.report('DSL5004', 'VOLUME specified can not be an empty string', offset);
    return undefined;
  }
  return { kind: 'volume', paths: paths as VolumeInstruction['paths'] };
}

/**
 * `STOPSIGNAL name|number`.
 *
 * @example
 * parseStopsignal('SIGQUIT', 11, ctx); // { kind: 'stopsignal', signal: 'SIGQUIT' }
 */
export function parseStopsignal(args: string, offset: number, ctx: InstructionContext): StopsignalInstruction | undefined {
  if (!required('STOPSIGNAL', args, offset, ctx)) return undefined;
  const text = unquote(args, ctx.escape);
  const invalid = signalError(text);
  if (invalid) ctx.report('DSL5051', invalid, offset, 'use a signal name such as SIGTERM or SIGQUIT, or its number');
  return { kind: 'stopsignal', signal: (wholeNumber.test(text) ? Number(text) : text) as StopsignalInstruction['signal'] };
}

/**
 * `MAINTAINER name` (deprecated): the rest of the line, as written.
 *
 * @example
 * parseMaintainer('Ops <ops@example.com>', 11, ctx); // { kind: 'maintainer', name: 'Ops <ops@example.com>' }
 */
export function parseMaintainer(args: string, offset: number, ctx: InstructionContext): MaintainerInstruction | undefined {
  if (!required('MAINTAINER', args, offset, ctx)) return undefined;
  return { kind: 'maintainer', name: args };
}
