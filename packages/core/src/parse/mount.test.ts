import { describe, expect, it } from 'vitest';
import { splitCsv } from './mount.js';
import { parseDockerfile } from '../tooling.js';
import { codesOf, stepsOf } from './parse-helpers.test-util.js';

const mountsOf = (flags: string) => (stepsOf(`FROM a\nRUN ${flags} make\n`)[0] as { mounts: unknown[] }).mounts;

describe('RUN --mount', () => {
  it('reads every mount type with aliases, any key case and bare booleans', () => {
    expect(mountsOf('--mount=target=/src,from=build,source=/out,rw --mount=type=cache,dst=/var/cache/apt,id=apt,sharing=locked,mode=0755,uid=1000,gid=1000,ro --mount=type=tmpfs,destination=/tmp,size=64m --mount=type=secret,id=token,env=TOKEN,required --mount=type=ssh,Required=false')).toEqual([
      { type: 'bind', target: '/src', from: 'build', source: '/out', readwrite: true },
      { type: 'cache', target: '/var/cache/apt', id: 'apt', sharing: 'locked', mode: '0755', uid: 1000, gid: 1000, readonly: true },
      { type: 'tmpfs', target: '/tmp', size: '64m' },
      { type: 'secret', id: 'token', env: 'TOKEN', required: true },
      { type: 'ssh', required: false },
    ]);
  });

  it('drops options that restate Docker defaults', () => {
    expect(mountsOf('--mount=type=bind,target=/a,ro --mount=type=cache,target=/b,rw')).toEqual([{ type: 'bind', target: '/a' }, { type: 'cache', target: '/b' }]);
  });

  it('reports unknown types, unknown keys and keys the type does not take', () => {
    expect(codesOf('FROM a\nRUN --mount=type=volume,target=/a make\n')).toEqual(['DSL5013']);
    expect(codesOf('FROM a\nRUN --mount=type=bind,target=/a,sharing=locked make\n')).toEqual(['DSL5013']);
  });

  it('takes a mount without a target, which BuildKit mounts at the working directory', () => {
    expect(codesOf('FROM a\nWORKDIR /src\nRUN --mount=type=cache make\nRUN --mount=from=build make\n')).toEqual([]);
  });

  it('names an unknown key as written, even one every object has', () => {
    const { diagnostics } = parseDockerfile('FROM a\nRUN --mount=type=bind,target=/a,constructor=1 make\n');
    expect(diagnostics.map((d) => d.message)).toEqual(["unexpected key 'constructor' for a bind mount"]);
  });

  it('splits CSV with quoted fields', () => {
    expect(splitCsv('type=bind,"target=/a,b","x=""y"""')).toEqual(['type=bind', 'target=/a,b', 'x="y"']);
  });
});
