import { parse as shellWords } from 'shell-quote';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { PathSegment } from '../../diagnostics/diagnostic.js';
import type { CommandForm } from '../../model/exec-form.js';
import type { Dependency } from '../depends-on.js';
import { readTestLine, type ComposeHealthcheck } from '../healthcheck.js';
import { port, type Port } from '../port.js';
import type { FileGrant } from '../secret.js';
import { camelKey } from '../keys.js';
import { otherServiceKeys } from '../other-service-fields.js';
import { serviceProperties } from '../service-properties.js';
import type { Service } from '../service.js';
import type { ServiceMount } from '../volume.js';
import { readPlain } from './read-plain.js';
import { describe, type Reader } from './reader.js';

const passThrough = new Set<string>(otherServiceKeys.map(camelKey));
const known = [...serviceProperties, ...passThrough];
const conditions = ['service_started', 'service_healthy', 'service_completed_successfully'];

/**
 * Reads one service mapping into the model: short and long syntaxes, lists or mappings, a
 * string or object `build`, `x-*` extensions. Unknown keys and unreadable values become
 * diagnostics; the rest of the service is still read.
 *
 * @example
 * readService(reader, node, ['services', 'web']);
 */
export function readService(r: Reader, node: Node, path: PathSegment[]): Service {
  const s: Service = r.located({}, node);
  const target = s as Record<string, unknown>;
  for (const [key, value, pair] of r.entries(node, path, known)) {
    const at = [...path, key];
    r.keyLocated(s, key, pair.key as Node);
    if (passThrough.has(key)) {
      target[key] = r.js(value);
      continue;
    }
    const read = readers[key];
    const result = read ? read(r, value, at) : readPlain(r, value, at);
    if (result !== undefined) target[key] = result;
    if (key === 'build' || key === 'extends') r.located(target[key] as object, pair.key as Node);
  }
  return s;
}

type FieldReader = (r: Reader, node: Node | null, path: PathSegment[]) => unknown;

const readers: Record<string, FieldReader> = {
  build: readBuild,
  extends: (r, node, path) => (isScalar(node) ? { service: String(node.value) } : readPlain(r, node, path)),
  command: readCommand,
  entrypoint: readCommand,
  environment: (r, node, path) => r.dictionary(node, path, true),
  labels: (r, node, path) => r.dictionary(node, path, false),
  envFile: (r, node, path) => (isSeq(node) ? node.items.map((item, i) => (isMap(item) ? String(item.get('path')) : r.string(item as Node, [...path, i]))) : r.strings(node, path, true)),
  ports: (r, node, path) => list(r, node, path, readPort),
  volumes: (r, node, path) => list(r, node, path, readMount),
  networks: readNetworks,
  dependsOn: readDependsOn,
  healthcheck: readHealthcheck,
  secrets: (r, node, path) => list(r, node, path, readGrant),
  configs: (r, node, path) => list(r, node, path, readGrant),
  expose: (r, node, path) => r.strings(node, path),
  restart: (r, node, path) => r.string(node, path),
  user: (r, node, path) => r.string(node, path),
};

/**
 * `build`: a context path, or the long syntax. `ssh` is read as a list of `id[=paths]` whichever
 * syntax the file uses (a mapping `default:` reads as `default`).
 */
function readBuild(r: Reader, node: Node | null, path: PathSegment[]): unknown {
  if (isScalar(node)) return { context: String(node.value) };
  const build = readPlain(r, node, path) as Record<string, unknown> | undefined;
  const ssh = build?.ssh as Record<string, string> | undefined;
  if (ssh) build!.ssh = r.located(Object.entries(ssh).map(([id, paths]) => (paths === '' ? id : `${id}=${paths}`)), r.deref(isMap(node) ? (node.get('ssh', true) as Node) : null));
  return build;
}

function list<T>(r: Reader, input: Node | null, path: PathSegment[], item: (r: Reader, node: Node, path: PathSegment[]) => T | undefined): T[] | undefined {
  const node = r.deref(input);
  if (!isSeq(node)) {
    r.report('DSL4103', `${describe(path)} must be a list`, path, node);
    return undefined;
  }
  return r.located(node.items.flatMap((n, i) => item(r, r.deref(n as Node) as Node, [...path, i]) ?? []), node);
}

/** A string command is split into words, as Compose does (it is not run by a shell). */
function readCommand(r: Reader, node: Node | null, path: PathSegment[]): CommandForm | undefined {
  const words = isScalar(node) ? shellWords(String(node.value)).map((w) => (typeof w === 'string' ? w : 'op' in w ? w.op : String(w))) : r.strings(node, path);
  if (!words || words.length === 0) return undefined;
  return r.located(words as unknown as [string, ...string[]], node);
}

function readPort(r: Reader, node: Node, path: PathSegment[]): Port | undefined {
  if (isMap(node)) return readPlain(r, node, path) as Port;
  const value = isScalar(node) ? port(String(node.value)) : undefined;
  if (!value) r.report('DSL4103', `${describe(path)} is not a port such as "8080:80" or "127.0.0.1:53:53/udp"`, path, node);
  return value && r.located(value, node);
}

function readMount(r: Reader, node: Node, path: PathSegment[]): ServiceMount | undefined {
  if (isMap(node)) return readPlain(r, node, path) as ServiceMount;
  const text = isScalar(node) ? String(node.value) : '';
  const parts = text.split(':');
  if (text === '' || parts.length > 3 || parts.some((p) => p === '')) {
    r.report('DSL4103', `${describe(path)} is not a mount such as "data:/var/lib/data" or "./site:/www:ro"`, path, node);
    return undefined;
  }
  if (parts.length === 1) return r.located<ServiceMount>({ type: 'volume', target: parts[0]! }, node);
  const [source, target, mode] = parts as [string, string, string?];
  const readOnly = mode?.split(',').includes('ro') ? { readOnly: true } : {};
  const isPath = /^[./~]/.test(source);
  return r.located<ServiceMount>(isPath ? { type: 'bind', source, target, ...readOnly } : { type: 'volume', source, target, ...readOnly }, node);
}

function readNetworks(r: Reader, node: Node | null, path: PathSegment[]): Service['networks'] {
  if (isSeq(node)) return r.located(Object.fromEntries((r.strings(node, path) ?? []).map((n) => [n, null])), node);
  if (!isMap(node)) return void r.report('DSL4103', `${describe(path)} must be a list or a mapping`, path, node);
  const out: NonNullable<Service['networks']> = r.located({}, node);
  for (const pair of r.pairs(node)) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const value = r.deref(pair.value as Node | null);
    out[key] = value === null || (isScalar(value) && value.value === null) ? null : (readPlain(r, value, [...path, key]) as never);
  }
  return out;
}

function readDependsOn(r: Reader, node: Node | null, path: PathSegment[]): Record<string, Dependency> | undefined {
  const out: Record<string, Dependency> = r.located({}, node);
  if (isSeq(node)) {
    for (const name of r.strings(node, path) ?? []) out[name] = { condition: 'service_started' };
    return out;
  }
  if (!isMap(node)) return void r.report('DSL4103', `${describe(path)} must be a list or a mapping`, path, node);
  for (const pair of r.pairs(node)) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const dep = readPlain(r, pair.value as Node, [...path, key]) as Partial<Dependency> | undefined;
    const condition = dep?.condition ?? 'service_started';
    if (!conditions.includes(condition)) r.report('DSL4103', `depends_on condition '${condition}' is not one of ${conditions.join(', ')}`, [...path, key, 'condition'], pair.value as Node);
    out[key] = r.located({ ...dep, condition }, pair.key as Node);
  }
  return out;
}

function readHealthcheck(r: Reader, node: Node | null, path: PathSegment[]): ComposeHealthcheck | undefined {
  const plain = readPlain(r, node, path) as (Omit<ComposeHealthcheck, 'test'> & { test?: string | string[] }) | undefined;
  if (!plain) return undefined;
  const { test, ...timing } = plain;
  if (test === undefined) return r.located(timing, node);
  const line = readTestLine(test);
  if (!line) r.report('DSL4103', `${describe([...path, 'test'])} must start with CMD, CMD-SHELL or NONE`, [...path, 'test'], node);
  return r.located({ ...line, ...timing }, node);
}

function readGrant(r: Reader, node: Node, path: PathSegment[]): FileGrant | undefined {
  if (isScalar(node)) return r.located({ source: String(node.value) }, node);
  return readPlain(r, node, path) as FileGrant | undefined;
}
