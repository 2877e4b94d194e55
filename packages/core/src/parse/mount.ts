import type { Mount } from '../instructions/mount.js';
import type { InstructionContext } from './context.js';
import { goBool, mountValueError } from './values.js';

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

/**
 * The model's name for a mount key (aliases resolved). Known keys come back as the constants
 * here, so the mount object is built with interned names rather than each freshly read one.
 */
function canonicalKey(key: string): string {
  switch (key) {
    case 'target': case 'dst': case 'destination': return 'target';
    case 'source': case 'src': return 'source';
    case 'readonly': case 'ro': return 'readonly';
    case 'readwrite': case 'rw': return 'readwrite';
    case 'from': return 'from';
    case 'id': return 'id';
    case 'sharing': return 'sharing';
    case 'mode': return 'mode';
    case 'uid': return 'uid';
    case 'gid': return 'gid';
    case 'size': return 'size';
    case 'env': return 'env';
    case 'required': return 'required';
    default: return key;
  }
}

const mountTypes: ReadonlyArray<Mount['type']> = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];

/** The keys each mount type takes (after aliases). */
const keysByType: Record<Mount['type'], readonly string[]> = {
  bind: ['target', 'source', 'from', 'readonly', 'readwrite'],
  cache: ['target', 'id', 'readonly', 'readwrite', 'sharing', 'from', 'source', 'mode', 'uid', 'gid'],
  tmpfs: ['target', 'size'],
  secret: ['id', 'target', 'env', 'required', 'mode', 'uid', 'gid', 'source'],
  ssh: ['id', 'target', 'required', 'mode', 'uid', 'gid'],
};


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
      const known = mountTypes.indexOf(v as Mount['type']);
      if (known >= 0) type = mountTypes[known]!;
      else ctx.report('DSL5013', `unsupported mount type '${v ?? ''}'`, offset, 'use bind, cache, tmpfs, secret or ssh');
      continue;
    }
    if (rawKey === '') continue;
    options.push([canonicalKey(rawKey), v]);
  }
  const mount: Record<string, unknown> = { type };
  const allowed = keysByType[type];
  for (const [key, v] of options) {
    if (!allowed.includes(key)) {
      ctx.report('DSL5013', `unexpected key '${key}' for a ${type} mount`, offset, `a ${type} mount takes ${allowed.join(', ')}`);
      continue;
    }
    if (key === 'readonly' || key === 'readwrite' || key === 'required') {
      const flag = v === undefined ? true : goBool(v);
      if (flag === undefined) {
        ctx.report('DSL5053', `mount option ${key} expects true or false, not '${v}'`, offset);
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
    const invalid = mountValueError(key, v);
    if (invalid) ctx.report('DSL5053', invalid, offset);
    mount[key] = (key === 'uid' || key === 'gid') && /^\d+$/.test(v) ? Number(v) : v;
  }
  if (type === 'secret' && mount.source !== undefined) {
    if (mount.id !== undefined) ctx.report('DSL5013', 'a secret mount cannot have both source and id', offset);
    else mount.id = mount.source;
    delete mount.source;
  }
  // Without a target BuildKit mounts at the working directory (buildx's own Dockerfiles do this).
  return mount as unknown as Mount;
}
