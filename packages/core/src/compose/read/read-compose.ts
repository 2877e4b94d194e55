import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { ComposeStack } from '../stack.js';
import { camelKey } from '../keys.js';
import { validateStack } from '../schema.js';
import { otherServiceKeys } from '../other-service-fields.js';
import { maxComposeDepth, nestingDepth } from './nesting-depth.js';
import { readPlain } from './read-plain.js';
import { readService } from './read-service.js';
import { ignoreCommentAbove } from './ignore-comment.js';
import type { ComposeIgnoreComments } from '../checks/compose-ignores.js';
import { describe, Reader } from './reader.js';

/**
 * The outcome of reading a Compose file: the stack (also when there are warnings) and findings.
 *
 * @example
 * const result: ReadComposeResult = readCompose('services: {}\n');
 */
export type ReadComposeResult =
  | { ok: true; stack: ComposeStack; diagnostics: Diagnostic[]; ignoreComments: ComposeIgnoreComments }
  | { ok: false; stack?: ComposeStack; diagnostics: Diagnostic[]; ignoreComments?: ComposeIgnoreComments };

const passThrough = otherServiceKeys.map(camelKey);
const topLevel = ['version', 'name', 'include', 'services', 'models', 'networks', 'volumes', 'secrets', 'configs'];
const resourceKeys: Record<string, string[]> = {
  networks: ['name', 'driver', 'driverOpts', 'attachable', 'enableIpv6', 'ipam', 'internal', 'labels', 'external'],
  volumes: ['name', 'driver', 'driverOpts', 'external', 'labels'],
  secrets: ['name', 'file', 'environment', 'external', 'labels', 'driver', 'driverOpts', 'templateDriver'],
  configs: ['name', 'file', 'content', 'environment', 'external', 'labels', 'templateDriver'],
  models: ['name', 'model', 'contextSize', 'runtimeFlags'],
};

/**
 * Reads Compose YAML into the model, for `dsl check` and `dsl import`. Every service,
 * resource, mapping and list remembers its line and column, so the DSL4xxx checks point into
 * the file. The obsolete `version:` is accepted (an info note) and dropped. The
 * `# dsl ignore=` comments above a service's key (or the `name:` key) come back as
 * `ignoreComments`, for `checkStack`.
 *
 * @example
 * const result = readCompose(readFileSync('compose.yaml', 'utf8'), { file: 'compose.yaml' });
 * if (result.ok) checkStack(result.stack);
 */
export function readCompose(text: string, options: { file?: string } = {}): ReadComposeResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
  const r = new Reader(options.file ?? 'compose.yaml', lines, doc);
  const tooDeep = `the file nests mappings and lists more than ${maxComposeDepth} levels deep; dsl reads Compose files up to that depth`;
  // The YAML library records its own stack overflow as an error: one clear finding instead.
  const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
  if (overflow) {
    const [line, column] = overflow.linePos?.[0] ? [overflow.linePos[0].line, overflow.linePos[0].col] : [1, 1];
    r.diagnostics.push({ code: 'DSL4101', rule: 'ComposeYamlSyntax', severity: 'error', message: tooDeep, path: [], source: { file: r.file, line, column } });
    return { ok: false, diagnostics: r.diagnostics };
  }
  for (const error of doc.errors) {
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
    r.diagnostics.push({ code: 'DSL4101', rule: 'ComposeYamlSyntax', severity: 'error', message: error.message.split('\n')[0]!, path: [], source: { file: r.file, line, column } });
  }
  if (doc.errors.length > 0) return { ok: false, diagnostics: r.diagnostics };
  const root = doc.contents as Node | null;
  const nesting = nestingDepth(root);
  if (nesting.tooDeep) {
    r.report('DSL4101', tooDeep, [], nesting.tooDeep);
    return { ok: false, diagnostics: r.diagnostics };
  }
  if (!isMap(root)) {
    r.report('DSL4101', 'a Compose file is a mapping with a services key', [], root);
    return { ok: false, diagnostics: r.diagnostics };
  }
  const stack: ComposeStack = r.located({ services: {} }, root);
  const ignoreComments = new Map<string, Set<string>>();
  for (const [key, value, pair] of r.entries(root, [], topLevel)) {
    if (key === 'name') remember(ignoreComments, 'name', ignoreCommentAbove(root, pair));
    if (key === 'version') r.report('DSL4104', "the top-level 'version' is obsolete and ignored", ['version'], pair.key as Node, 'remove it; Compose v2 reads every file with the latest specification');
    else if (key === 'name') stack.name = r.string(value, ['name']);
    else if (key === 'services') readServices(r, value, stack, ignoreComments);
    else if (key === 'include') stack.include = readPlain(r, value, ['include']) as ComposeStack['include'];
    else if (key.startsWith('x-')) stack[key as `x-${string}`] = r.js(value);
    else readResources(r, key as keyof typeof resourceKeys, value, stack);
  }
  r.diagnostics.push(...validateStack(stack, [], passThrough));
  return hasErrors(r.diagnostics) ? { ok: false, stack, diagnostics: r.diagnostics, ignoreComments } : { ok: true, stack, diagnostics: r.diagnostics, ignoreComments };
}

function remember(comments: Map<string, Set<string>>, key: string, codes: Set<string> | undefined): void {
  if (codes) comments.set(key, codes);
}

function readServices(r: Reader, node: Node | null, stack: ComposeStack, comments: Map<string, Set<string>>): void {
  if (!isMap(node)) return r.report('DSL4103', "'services' must be a mapping of service names", ['services'], node);
  for (const pair of r.pairs(node)) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    remember(comments, `services.${key}`, ignoreCommentAbove(node, pair));
    const value = r.deref(pair.value as Node | null);
    if (!isMap(value)) {
      r.report('DSL4103', `service '${key}' must be a mapping`, ['services', key], value ?? (pair.key as Node));
      continue;
    }
    stack.services[key] = r.located(readService(r, value, ['services', key]), pair.key as Node);
  }
}

function readResources(r: Reader, kind: keyof typeof resourceKeys, node: Node | null, stack: ComposeStack): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) return r.report('DSL4103', `${describe([kind])} must be a mapping`, [kind], node);
  const table: Record<string, unknown> = r.located({}, node);
  for (const pair of r.pairs(node)) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const value = r.deref(pair.value as Node | null);
    if (value === null || (isScalar(value) && value.value === null)) {
      table[key] = null;
      continue;
    }
    const entries = r.entries(value, [kind, key], resourceKeys[kind]!);
    const out: Record<string, unknown> = r.located({}, pair.key as Node);
    for (const [k, v] of entries) out[k] = readPlain(r, v, [kind, key, k]);
    table[key] = out;
  }
  (stack as unknown as Record<string, unknown>)[kind] = table;
}
