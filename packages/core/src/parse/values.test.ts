import { describe, expect, it } from 'vitest';
import { durationError, goBool, mountValueError, portSpecError, signalError } from './values.js';
import { parseDockerfile } from '../tooling.js';
import { codesOf } from './parse-helpers.test-util.js';

// What BuildKit's EXPOSE, HEALTHCHECK and RUN --mount readers and the engine's signal parser
// accept and refuse (frontend/dockerfile/dockerfile2llb/convert_expose.go, instructions/parse.go,
// instructions/commands_runmount.go, moby/sys/signal).
describe('values BuildKit checks', () => {
  it.each(['80', '80/tcp', '80/TCP', '53/udp', '9/sctp', '8000-8010', '8080:80', '127.0.0.1:8080:80', '[::1]:8080:80', '0', '65535', '$PORT', '${PORT}/udp', '8000-8001:80', '7-7'])('accepts the port %s', (spec) => {
    expect(portSpecError(spec)).toBeUndefined();
  });

  it.each(['70000', '80/xyz', '/tcp', 'abc', '90-80', '8000-8010:80-81', '300.1.1.1:80:80', '80:', '-1'])('refuses the port %s', (spec) => {
    expect(portSpecError(spec)).toBeDefined();
  });

  it.each(['SIGTERM', 'TERM', 'sigquit', 'SIGRTMIN+3', 'RTMAX-1', '9', '15', '$SIG'])('accepts the signal %s', (s) => expect(signalError(s)).toBeUndefined());
  it.each(['SIGFOO', '0', 'SIGRTMIN+16', 'KILLALL'])('refuses the signal %s', (s) => expect(signalError(s)).toBeDefined());

  it.each(['30s', '1m30s', '1.5h', '500ms', '0', '2000us', '1000µs'])('accepts the duration %s', (d) => expect(durationError('interval', d)).toBeUndefined());
  it('refuses durations Go does not parse, or under 1ms', () => {
    expect(durationError('interval', '30')).toBe('time: missing unit in duration "30"');
    expect(durationError('interval', '10x')).toBe('time: unknown unit "x" in duration "10x"');
    expect(durationError('interval', 's')).toBe('time: invalid duration "s"');
    expect(durationError('timeout', '100us')).toBe('Interval "timeout" cannot be less than 1ms');
    expect(durationError('timeout', '-1s')).toBe('Interval "timeout" cannot be less than 1ms');
  });

  it("reads booleans as Go's ParseBool does", () => {
    expect(['1', 't', 'T', 'TRUE', 'true', 'True'].map(goBool)).toEqual(Array(6).fill(true));
    expect(['0', 'f', 'F', 'FALSE', 'false', 'False'].map(goBool)).toEqual(Array(6).fill(false));
    expect(['yes', 'tRUE', ''].map(goBool)).toEqual([undefined, undefined, undefined]);
  });

  it('checks mount option values', () => {
    expect(['shared', 'LOCKED', 'private'].map((v) => mountValueError('sharing', v))).toEqual([undefined, undefined, undefined]);
    expect(mountValueError('sharing', 'exclusive')).toMatch(/unsupported sharing value/);
    expect([mountValueError('mode', '0644'), mountValueError('mode', '0999'), mountValueError('mode', 'rw')].map(Boolean)).toEqual([false, true, true]);
    expect([mountValueError('uid', '1000'), mountValueError('uid', 'node'), mountValueError('gid', '-1')].map(Boolean)).toEqual([false, true, true]);
    expect([mountValueError('size', '64m'), mountValueError('size', '1GiB'), mountValueError('size', 'big')].map(Boolean)).toEqual([false, false, true]);
    expect(mountValueError('uid', '$UID')).toBeUndefined();
  });
});

describe('the parser reports what fails the build, on the line it is on', () => {
  it.each([
    ['FROM a\nEXPOSE 8080 70000\n', 'DSL5050'],
    ['FROM a\nEXPOSE 80/xyz\n', 'DSL5050'],
    ['FROM a\nSTOPSIGNAL SIGFOO\n', 'DSL5051'],
    ['FROM a\nHEALTHCHECK --interval=30 CMD true\n', 'DSL5052'],
    ['FROM a\nRUN --mount=type=cache,target=/a,sharing=foo true\n', 'DSL5053'],
    ['FROM a\nRUN --mount=type=cache,target=/a,uid=node true\n', 'DSL5053'],
    ['FROM a\nRUN --mount=type=bind,target=/a,ro=yes true\n', 'DSL5053'],
  ])('%j → %s on line 2', (text, code) => {
    const { diagnostics } = parseDockerfile(text);
    expect(diagnostics.map((d) => [d.code, d.severity, d.source?.line])).toEqual([[code, 'error', 2]]);
  });

  it('accepts what BuildKit builds: CMD [], a bind mount without target, ro=1, an upper-case protocol', () => {
    expect(codesOf('FROM a\nCMD []\nRUN --mount=from=x,ro=1 make\nEXPOSE 80/TCP 8080:80\nSTOPSIGNAL 9\n')).toEqual([]);
  });

  it('warns, not fails, about HEALTHCHECK NONE with options (BuildKit ignores them)', () => {
    expect(codesOf('FROM a\nHEALTHCHECK --interval=5s NONE\n')).toEqual(['DSL5054']);
    expect(codesOf('FROM a\nHEALTHCHECK NONE extra\n')).toEqual(['DSL5020']);
  });
});

describe('white space Docker keeps', () => {
  it('keeps tabs and spaces of a legacy ENV value over continuation lines, as BuildKit reads it', () => {
    const { image } = parseDockerfile('FROM a\nENV GREETING hello\t\\\n\tworld  again\n');
    expect(image?.stages[0]?.steps).toEqual([{ kind: 'env', vars: { GREETING: 'hello\t\tworld  again' } }]);
  });
});
