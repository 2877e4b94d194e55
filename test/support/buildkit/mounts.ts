// A reading of how BuildKit reads a `--mount` value (commands_runmount.go parseMount, on top of
// a CSV reader with Go's encoding/csv rules), written for tests.
import type { Json } from './instructions.js';

/** A mount as the oracle prints it. */
export interface MountJson {
  CacheID: string;
  CacheSharing: string;
  Env: string | null;
  From: string;
  GID: number | null;
  Mode: number | null;
  ReadOnly: boolean;
  Required: boolean;
  SizeLimit: number;
  Source: string;
  Target: string;
  Type: string;
  UID: number | null;
  [key: string]: Json;
}

/**
 * The fields of one CSV record, as Go's encoding/csv reads it with default settings: a field
 * that starts with `"` is quoted (`""` is a quote inside it); a quote anywhere else is an error.
 *
 * @example
 * csvFields('a,"b,c"'); // ['a', 'b,c']
 */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let pos = 0;
  for (;;) {
    if (line[pos] === '"') {
      let field = '';
      pos++;
      for (;;) {
        const at = line.indexOf('"', pos);
        if (at === -1) throw new Error('extraneous or missing " in quoted-field');
        field += line.slice(pos, at);
        pos = at + 1;
        if (line[pos] === '"') {
          field += '"';
          pos++;
          continue;
        }
        if (pos === line.length || line[pos] === ',') break;
        throw new Error('extraneous or missing " in quoted-field');
      }
      fields.push(field);
    } else {
      const at = line.indexOf(',', pos);
      const field = at === -1 ? line.slice(pos) : line.slice(pos, at);
      if (field.includes('"')) throw new Error('bare " in non-quoted-field');
      fields.push(field);
      pos = at === -1 ? line.length : at;
    }
    if (pos >= line.length) return fields;
    pos++;
  }
}

const types = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const parseBool = (key: string, value: string): boolean => {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  throw new Error(`invalid value for ${key}: ${value}`);
};
const parseUint = (value: string, base: 8 | 10, what: string): number => {
  const digits = base === 8 ? /^(?:0[oO])?[0-7]+(?:_?[0-7]+)*$/ : /^\d+$/;
  if (!digits.test(value)) throw new Error(`invalid value ${value} for ${what}`);
  const n = parseInt(value.replace(/^0[oO]/, '').replaceAll('_', ''), base);
  if (n > 0xffffffff) throw new Error(`invalid value ${value} for ${what}`);
  return n;
};
const ramInBytes = (value: string): number => {
  const match = /^(\d+(?:\.\d+)?) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(value);
  if (!match) throw new Error(`invalid value for size: ${value}`);
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 }[(match[2] ?? '').toLowerCase() as 'k'] ?? 1;
  return Math.floor(Number(match[1]) * unit);
};

/**
 * Reads one `--device` value (commands_rundevice.go ParseDevice): a bare field is the name (or
 * `required`), `name=` and `required=` are options, any other `key=value` is the name too.
 *
 * @example
 * parseDevice('name="a,b",required'); // { Name: 'a,b', Required: true }
 */
export function parseDevice(value: string): { Name: string; Required: boolean } {
  const d = { Name: '', Required: false };
  for (const field of csvFields(value)) {
    const at = field.indexOf('=');
    const key = (at === -1 ? field : field.slice(0, at)).toLowerCase();
    if (at === -1) {
      if (key === 'required') d.Required = true;
      else if (d.Name === '') d.Name = field;
      else throw new Error(`invalid field '${field}' must be a key=value pair`);
    } else if (key === 'name') {
      if (d.Name !== '') throw new Error(`device name already set to ${d.Name}`);
      d.Name = field.slice(at + 1);
    } else if (key === 'required') {
      d.Required = parseBool(key, field.slice(at + 1));
    } else if (d.Name === '') {
      d.Name = field;
    } else {
      throw new Error(`unexpected key '${key}' in '${field}'`);
    }
  }
  return d;
}

/**
 * Reads one `--mount` value, expanding every field's value with `expand`.
 *
 * @example
 * parseMount('type=cache,target=/x', (w) => w).Target; // '/x'
 */
export function parseMount(value: string, expand: (word: string) => string): MountJson {
  const m: MountJson = { CacheID: '', CacheSharing: '', Env: null, From: '', GID: null, Mode: null, ReadOnly: false, Required: false, SizeLimit: 0, Source: '', Target: '', Type: 'bind', UID: null };
  let roAuto = true;
  for (const field of csvFields(value)) {
    const at = field.indexOf('=');
    const key = (at === -1 ? field : field.slice(0, at)).toLowerCase();
    if (at === -1) {
      if (key === 'readonly' || key === 'ro') [m.ReadOnly, roAuto] = [true, false];
      else if (key === 'readwrite' || key === 'rw') [m.ReadOnly, roAuto] = [false, false];
      else if (key === 'required' && (m.Type === 'secret' || m.Type === 'ssh')) m.Required = true;
      else if (key === 'required') throw new Error(`unexpected key '${key}' for mount type '${m.Type}'`);
      else throw new Error(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    const v = expand(field.slice(at + 1));
    switch (key) {
      case 'type':
        if (!types.includes(v.toLowerCase())) throw new Error(`unsupported mount type ${JSON.stringify(v)}`);
        m.Type = v.toLowerCase();
        break;
      case 'from':
        m.From = v;
        break;
      case 'source':
      case 'src':
        m.Source = v;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.Target = v;
        break;
      case 'readonly':
      case 'ro':
        [m.ReadOnly, roAuto] = [parseBool(key, v), false];
        break;
      case 'readwrite':
      case 'rw':
        [m.ReadOnly, roAuto] = [!parseBool(key, v), false];
        break;
      case 'required':
        if (m.Type !== 'secret' && m.Type !== 'ssh') throw new Error(`unexpected key '${key}' for mount type '${m.Type}'`);
        m.Required = parseBool(key, v);
        break;
      case 'size':
        if (m.Type !== 'tmpfs') throw new Error(`unexpected key '${key}' for mount type '${m.Type}'`);
        m.SizeLimit = ramInBytes(v);
        break;
      case 'id':
        m.CacheID = v;
        break;
      case 'sharing':
        if (!['shared', 'private', 'locked'].includes(v.toLowerCase())) throw new Error(`unsupported sharing value ${JSON.stringify(v)}`);
        m.CacheSharing = v.toLowerCase();
        break;
      case 'mode':
        m.Mode = parseUint(v, 8, 'mode');
        break;
      case 'uid':
        m.UID = parseUint(v, 10, 'uid');
        break;
      case 'gid':
        m.GID = parseUint(v, 10, 'gid');
        break;
      case 'env':
        m.Env = v;
        break;
      default:
        throw new Error(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (!['secret', 'ssh', 'cache'].includes(m.Type) && (m.Mode !== null || m.UID !== null || m.GID !== null)) throw new Error(`mode, uid and gid are not allowed for ${JSON.stringify(m.Type)} type mounts`);
  if (roAuto) m.ReadOnly = !(m.Type === 'cache' || m.Type === 'tmpfs');
  if (m.Type === 'secret') {
    if (m.From !== '') throw new Error('secret mount should not have a from');
    if (m.CacheSharing !== '') throw new Error('secret mount should not define sharing');
    if (m.Source === '' && m.Target === '' && m.CacheID === '') throw new Error('invalid secret mount. one of source, target required');
    if (m.Source !== '' && m.CacheID !== '') throw new Error("both source and id can't be set");
  }
  if (m.CacheSharing !== '' && m.Type !== 'cache') throw new Error(`invalid cache sharing set for ${m.Type} mount`);
  return m;
}
