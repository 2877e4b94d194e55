import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { copy } from './copy.js';

describe('COPY printer', () => {
  it('prints bare paths space-separated', () => {
    expect(printStep(copy(['go.mod', 'go.sum'], './'))).toBe('COPY go.mod go.sum ./');
  });

  it('prints every flag in a fixed order', () => {
    const step = copy(['src/**/*.go'], '/app/', { from: { stage: 'build' }, chown: 'app:app', chmod: '0755', link: true, exclude: ['*_test.go', 'testdata'], parents: true });
    expect(printStep(step)).toBe('COPY --from=build --chown=app:app --chmod=0755 --link --exclude=*_test.go --exclude=testdata --parents src/**/*.go /app/');
  });

  it('prints --from for images, named contexts and plain names, and false flags explicitly', () => {
    expect(printStep(copy('/bin/tool', '/usr/local/bin/', { from: { image: 'busybox:1.36' } }))).toBe('COPY --from=busybox:1.36 /bin/tool /usr/local/bin/');
    expect(printStep(copy('.', '/assets', { from: { context: 'assets' } }))).toBe('COPY --from=assets . /assets');
    expect(printStep(copy('/go/bin/app', '/app', { from: 'builder' }))).toBe('COPY --from=builder /go/bin/app /app');
    expect(printStep(copy('a', 'b', { link: false, parents: false, chown: 1000, chmod: 'u=rwx,go=rx' }))).toBe('COPY --chown=1000 --chmod=u=rwx,go=rx --link=false --parents=false a b');
  });

  it('switches to JSON form when a path needs quoting', () => {
    expect(printStep(copy(['my file.txt', 'b'], '/app/'))).toBe('COPY ["my file.txt", "b", "/app/"]');
    expect(printStep(copy('-x', '/y'))).toBe('COPY ["-x", "/y"]');
    // Docker runs JSON elements through its word lexer too: quotes, escapes and literal dollars are escaped for it.
    expect(printStep(copy('a"b', '/c\\d'))).toBe('COPY ["a\\\\\\"b", "/c\\\\\\\\d"]');
    expect(printStep(copy("it's $5", '/x/'))).toBe('COPY ["it\\\\\'s \\\\$5", "/x/"]');
    expect(printStep(copy('a"b', '/c\\d'), '`')).toBe('COPY ["a`\\"b", "/c\\\\d"]');
    expect(printStep(copy('$HOME/x', '/y'))).toBe('COPY $HOME/x /y');
  });

  it('writes inline files as heredocs with their own delimiters', () => {
    expect(printStep(copy([{ heredoc: { body: 'listen 8080' } }], '/etc/app.conf'))).toBe('COPY <<EOF /etc/app.conf\nlisten 8080\nEOF');
    expect(printStep(copy([{ heredoc: { body: 'a' } }, { heredoc: { body: 'b', quoted: true } }], '/etc/'))).toBe('COPY <<EOF <<"EOF2" /etc/\na\nEOF\nb\nEOF2');
    expect(printStep(copy([{ heredoc: { body: 'x\nEOF' } }], '/f'))).toBe('COPY <<EOF_1 /f\nx\nEOF\nEOF_1');
  });
});

describe('COPY schema', () => {
  it('accepts a full COPY', () => {
    expect(stepDiagnostics(copy('a', 'b', { from: 'build', chown: 'a:b', chmod: '644', link: true, exclude: ['x'], parents: true }))).toEqual([]);
  });

  it('reports missing sources, unknown flags, bad modes and white space in flags', () => {
    expect(stepDiagnostics({ kind: 'copy', sources: [], destination: '/x' })[0]?.code).toBe('DSL1005');
    expect(stepDiagnostics({ kind: 'copy', sources: ['a'] })[0]?.message).toBe("'destination' is required");
    expect(stepDiagnostics({ kind: 'copy', sources: ['a'], destination: '/x', chwon: 'a' })[0]?.message).toBe("COPY has unknown field 'chwon' (did you mean 'chown'?)");
    expect(stepDiagnostics({ kind: 'copy', sources: ['a'], destination: '/x', chmod: '999' })[0]?.code).toBe('DSL1006');
    expect(stepDiagnostics({ kind: 'copy', sources: ['a'], destination: '/x', exclude: ['a b'] })[0]?.code).toBe('DSL1011');
    expect(stepDiagnostics({ kind: 'copy', sources: ['a\nb'], destination: '/x' })[0]?.code).toBe('DSL1010');
    expect(stepDiagnostics({ kind: 'copy', sources: ['a'], destination: '/x', from: 3 })[0]?.code).toBe('DSL1002');
    expect(stepDiagnostics({ kind: 'copy', sources: ['a'], destination: '/x', from: { stag: 'b' } })[0]?.code).toBe('DSL1007');
  });

  it('rejects an inline file beside paths that need JSON form, and a body that holds its delimiter', () => {
    expect(stepDiagnostics(copy([{ heredoc: { body: 'x' } }], '/my dir/'))[0]?.code).toBe('DSL1012');
    expect(stepDiagnostics(copy([{ heredoc: { body: 'x\nEND', delimiter: 'END' } }], '/f'))[0]?.code).toBe('DSL1017');
  });
});
