import type { Mount } from '../instructions/mount.js';
import type { InstructionContext } from './context.js';

/**
 * Splits a comma-separated flag value as Go's `encoding/csv` does: a field may be quoted, and
 * `""` inside quotes is one quote.
 *
 * @example
 * splitCsv('type=bind,"target=/a,b"'); // ['type=bind', 'target=/a,b']
 */
export function splitCsv(value: string): string[] {
  if (value.indexOf('"') < 0) return value.split(',');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (quoted) {
      if (ch === '"' && value[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

const aliases: Record<string, string> = {
  dst: 'target', destination: 'target', target: 'target', src: 'source', source: 'source',
  readonly: 'readonly', ro: 'readonly', readwrite: 'readwrite', rw: 'readwrite',
};

/** The keys each mount type takes (after aliases). */
const keysByType: Record<Mount['type'], readonly string[]> = {
  bind: ['target', 'source', 'from', 'readonly', 'readwrite'],
  cache: ['target', 'id', 'readonly', 'readwrite', 'sharing', 'from', 'source', 'mode', 'uid', 'gid'],
  tmpfs: ['target', 'size'],
  secret: ['id', 'target', 'env', 'required', 'mode', 'uid', 'gid', 'source'],
  ssh: ['id', 'target', 'required', 'mode', 'uid', 'gid'],
};

const booleanKeys = new Set(['readonly', 'readwrite', 'required']);

/**
 * Reads one `--mount` value into a typed mount (type defaults to `bind`). Keys are
 * case-insensitive; `ro`, `rw` and `required` may stand alone. Unknown types and keys, and keys
 * the type does not take, are DSL5013; the rest of the mount is still kept.
 *
 * @example
 * parseMount('type=cache,target=/root/.npm,sharing=locked', ctx, 4); // { type: 'cache', target: '/root/.npm', sharing: 'locked' }
 */
export function parseMount(value: string, ctx: InstructionContext, offset: number): Mount {
  const fields = splitCsv(value);
  let type: Mount['type'] = 'bind';
  const options: Array<[string, string | undefined]> = [];
  for (const field of fields) {
    const eq = field.indexOf('=');
    const rawKey = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    const v = eq < 0 ? undefined : field.slice(eq + 1);
    if (rawKey === 'type') {
      if (v === 'bind' || v === 'cache' || v === 'tmpfs' || v === 'secret' || v === 'ssh') type = v;
      else ctx.report('DSL5013', `unsupported mount type '${v ?? ''}'`, offset, 'use bind, cache, tmpfs, secret or ssh');
      continue;
    }
    if (rawKey === '') continue;
    options.push([aliases[rawKey] ?? rawKey, v]);
  }
  const mount: Record<string, unknown> = { type };
  const allowed = keysByType[type];
  for (const [key, v] of options) {
    if (!allowed.includes(key)) {
      ctx.report('DSL5013', `unexpected key '${key}' for a ${type} mount`, offset, `a ${type} mount takes ${allowed.join(', ')}`);
      continue;
    }
    if (booleanKeys.has(key)) {
      const flag = v === undefined || v.toLowerCase() === 'true' ? true : v.toLowerCase() === 'false' ? false : undefined;
      if (flag === undefined) {
        ctx.report('DSL5013', `mount option ${key} expects true or false, not '${v}'`, offset);
        continue;
      }
      // Docker's defaults (bind read-only, cache read-write) need no field.
      if (key === 'readonly' && type === 'bind') continue;
      if (key === 'readwrite' && type === 'cache') continue;
      if (key === 'readonly' && flag === false && type === 'cache') continue;
      if (key === 'readwrite' && flag === false) continue;
      if (key === 'readwrite' && type !== 'bind') continue;
      mount[key] = flag;
      continue;
    }
    if (v === undefined) {
      ctx.report('DSL5013', `mount option ${key} needs a value`, offset);
      continue;
    }
    mount[key] = (key === 'uid' || key === 'gid') && /^\d+$/.test(v) ? Number(v) : v;
  }
  if (type === 'secret' && mount.source !== undefined) {
    if (mount.id !== undefined) ctx.report('DSL5013', 'a secret mount cannot have both source and id', offset);
    else mount.id = mount.source;
    delete mount.source;
  }
  if ((type === 'bind' || type === 'cache' || type === 'tmpfs') && mount.target === undefined) {
    ctx.report('DSL5013', `a ${type} mount needs a target`, offset);
  }
  return mount as unknown as Mount;
}
