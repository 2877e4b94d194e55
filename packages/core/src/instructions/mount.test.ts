import { describe, expect, it } from 'vitest';
import { bind, cache, mountSchema, mountValue, secret, ssh, tmpfs } from './mount.js';

describe('mounts', () => {
  it('build the plain objects', () => {
    expect(cache('/root/.npm', { sharing: 'locked' })).toEqual({ type: 'cache', target: '/root/.npm', sharing: 'locked' });
    expect(secret('npmrc')).toEqual({ type: 'secret', id: 'npmrc' });
    expect(bind('/src', { from: { stage: 'deps' } })).toEqual({ type: 'bind', target: '/src', from: { stage: 'deps' } });
    expect(tmpfs('/tmp')).toEqual({ type: 'tmpfs', target: '/tmp' });
    expect(ssh()).toEqual({ type: 'ssh' });
  });

  it('write --mount values, quoting fields for the CSV reader and escaping the quotes for the flag scanner', () => {
    // BuildKit's flag scanner drops bare quotes, so the CSV quotes are escaped to reach the CSV reader.
    expect(mountValue(cache('/a,b'))).toBe('type=cache,\\"target=/a,b\\"');
    // The shell lexer expands mount fields: the inner quote is escaped for it, then doubled for CSV.
    expect(mountValue(bind('/x', { source: 'a"b' }))).toBe('type=bind,target=/x,\\"source=a\\\\\\"\\"b\\"');
    expect(mountValue(cache('/a,b'), { escape: '`' })).toBe('type=cache,`"target=/a,b`"');
    expect(mountValue(ssh({ required: false }))).toBe('type=ssh,required=false');
  });

  it('validate options per type', () => {
    expect(mountSchema.safeParse({ type: 'cache', target: '/c', uid: -1 }).success).toBe(false);
    expect(mountSchema.safeParse({ type: 'tmpfs', target: '/t', size: 'big' }).success).toBe(false);
    expect(mountSchema.safeParse({ type: 'secret', env: 'TOKEN' }).success).toBe(true);
    expect(mountSchema.safeParse({ type: 'bind', target: '/b', readonly: true }).success).toBe(false);
  });
});
