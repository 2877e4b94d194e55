// Issue 13's classes, one case each, beside the property test that covers them all.
import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { label } from './label.js';
import { maintainer } from './maintainer.js';
import { run, deviceValue } from './run.js';
import { user } from './user.js';
import { volume } from './volume.js';
import { cmd } from './cmd.js';
import { copy } from './copy.js';

describe('values BuildKit would read differently', () => {
  it('USER is written as a lexed word, so $!, $$ and ${ stay literal', () => {
    expect(printStep(user('a$!'))).toBe('USER "a\\$!"');
    expect(printStep(user('u', 'g$$'))).toBe('USER "u:g\\$\\$"');
    expect(printStep(user('$APP_USER'))).toBe('USER $APP_USER');
  });

  it('a LABEL key starting with - is quoted (BuildKit would read --x=1 as a flag)', () => {
    expect(printStep(label({ '--x': '1' }))).toBe('LABEL "--x"=1');
  });

  it('$NAME before a letter of another script is braced (BuildKit reads a longer name)', () => {
    expect(printStep({ kind: 'env', vars: { A: '$Aé' } })).toBe('ENV A="${A}é"');
  });

  it('shell forms and MAINTAINER cannot start with -- (DSL1024) or be blank or edged with trimmed space (DSL1025)', () => {
    expect(stepDiagnostics(cmd({ shell: '--x y' })).map((d) => d.code)).toContain('DSL1024');
    expect(stepDiagnostics(maintainer('--me')).map((d) => d.code)).toContain('DSL1024');
    expect(stepDiagnostics(cmd({ shell: '   ' })).map((d) => d.code)).toContain('DSL1025');
    expect(stepDiagnostics(cmd({ shell: 'echo a\u00a0' })).map((d) => d.code)).toContain('DSL1025');
    expect(stepDiagnostics(cmd({ shell: '  echo a  ' }))).toEqual([]);
    expect(stepDiagnostics(maintainer(' me')).map((d) => d.code)).toContain('DSL1025');
  });

  it('VOLUME paths with white space Docker trims are refused (DSL1025)', () => {
    expect(stepDiagnostics(volume(['/data\u3000'])).map((d) => d.code)).toEqual(['DSL1025']);
    expect(stepDiagnostics(volume(['/my data']))).toEqual([]);
  });

  it('flag values hold printable ASCII only (DSL1023) and quotes are escaped for the flag scanner', () => {
    expect(stepDiagnostics(copy('a', '/b', { chown: 'ünï' })).map((d) => d.code)).toEqual(['DSL1023']);
    expect(printStep(copy('a', '/b', { exclude: ['"x"'] }))).toBe('COPY --exclude=\\"x\\" a /b');
  });

  it('a RUN with a one-line command edged by non-blank white space becomes a heredoc', () => {
    expect(printStep(run('echo a\u00a0'))).toBe('RUN <<EOF\necho a\u00a0\nEOF');
  });

  it('a device that would be read as options is written as a quoted name= field', () => {
    expect(deviceValue('/dev/fuse')).toBe('/dev/fuse');
    expect(deviceValue('a,b')).toBe('"name=a,b"');
    expect(deviceValue('required')).toBe('name=required');
    expect(printStep(run('true', { device: ['a"b'] }))).toBe('RUN --device=\\"name=a\\"\\"b\\" true');
  });
});

describe('JSON-form paths and heredoc arrows', () => {
  it('escapes an element starting << (BuildKit reads it as a heredoc even in JSON form), nothing else', () => {
    expect(printStep(copy(['a b'], '<<EOF'))).toBe('COPY ["a b", "\\\\\\u003c<EOF"]');
    expect(printStep(copy(['a b'], '<app>'))).toBe('COPY ["a b", "<app>"]');
  });
});
