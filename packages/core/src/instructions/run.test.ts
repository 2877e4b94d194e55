import { describe, expect, it } from 'vitest';
import { brief, printStep, stepDiagnostics } from './harness.test-util.js';
import { heredocMarkers, needsHeredoc, run, script } from './run.js';
import { bind, cache, secret, ssh, tmpfs } from './mount.js';

describe('RUN printer', () => {
  it('prints shell form as written', () => {
    expect(printStep(run('npm ci'))).toBe('RUN npm ci');
  });

  it('prints exec form as a JSON array', () => {
    expect(printStep(run(['make', 'install', 'PREFIX=/opt app']))).toBe('RUN ["make", "install", "PREFIX=/opt app"]');
  });

  it('prints every --mount type with its options in a fixed order', () => {
    const step = run('go build ./...', {
      mounts: [
        bind('/src', { from: { stage: 'deps' }, source: '/go/pkg', readwrite: true }),
        cache('/root/.cache/go-build', { id: 'gobuild', sharing: 'locked', mode: '0755', uid: 1000, gid: 1000, readonly: true }),
        cache('/var/cache/apt', { from: { image: 'busybox:1.36' }, source: '/cache' }),
        tmpfs('/tmp', { size: '64m' }),
        secret('npmrc', { target: '/root/.npmrc', required: true, mode: '0400', uid: 0, gid: 0 }),
        secret('token', { env: 'API_TOKEN', required: false }),
        ssh({ id: 'default', target: '/run/ssh.sock', required: true, mode: '0600', uid: 1, gid: 2 }),
      ],
    });
    expect(printStep(step)).toBe(
      'RUN --mount=type=bind,target=/src,source=/go/pkg,from=deps,rw' +
        ' --mount=type=cache,target=/root/.cache/go-build,id=gobuild,sharing=locked,mode=0755,uid=1000,gid=1000,ro' +
        ' --mount=type=cache,target=/var/cache/apt,source=/cache,from=busybox:1.36' +
        ' --mount=type=tmpfs,target=/tmp,size=64m' +
        ' --mount=type=secret,target=/root/.npmrc,id=npmrc,mode=0400,uid=0,gid=0,required' +
        ' --mount=type=secret,id=token,env=API_TOKEN,required=false' +
        ' --mount=type=ssh,target=/run/ssh.sock,id=default,mode=0600,uid=1,gid=2,required' +
        ' go build ./...',
    );
  });

  it('prints --network, --security and --device', () => {
    expect(printStep(run('make', { network: 'none', security: 'insecure', device: ['/dev/fuse', 'vendor.com/gpu=all'] }))).toBe(
      'RUN --network=none --security=insecure --device=/dev/fuse --device=vendor.com/gpu=all make',
    );
    expect(printStep(run('curl x', { network: 'host', security: 'sandbox' }))).toBe('RUN --network=host --security=sandbox curl x');
    expect(printStep(run('true', { network: 'default' }))).toBe('RUN --network=default true');
  });

  it('prints a script as a heredoc, fed to a program when asked', () => {
    expect(printStep(script('set -eux\napt-get update', { program: 'bash' }))).toBe('RUN <<EOF bash\nset -eux\napt-get update\nEOF');
    expect(printStep(script('echo $HOME', { quoted: true }))).toBe('RUN <<"EOF"\necho $HOME\nEOF');
  });

  it('picks another delimiter when the body has an EOF line', () => {
    expect(printStep(script('cat <<EOF > /x\nhi\nEOF'))).toBe('RUN <<EOF_1\ncat <<EOF > /x\nhi\nEOF\nEOF_1');
  });

  it('prints explicit heredocs after the command line, with <<- and quoting', () => {
    const step = run('python3 <<PY > /out.txt', { heredocs: [{ body: 'print("hi")' }] });
    expect(printStep(step)).toBe('RUN python3 <<PY > /out.txt\nprint("hi")\nPY');
    const two = run('cat <<-A <<"B"', { heredocs: [{ body: '\tone', stripTabs: true, delimiter: 'A' }, { body: 'two $X', quoted: true }] });
    expect(printStep(two)).toBe('RUN cat <<-A <<"B"\n\tone\nA\ntwo $X\nB');
  });

  it.each([
    ['a line break', 'echo a\necho b'],
    ['a trailing backslash', 'echo a \\'],
    ['text Docker would read as a JSON exec form', '["echo", "a"]'],
    ['a leading -', '-x'],
    ['a leading #', '#!/bin/sh'],
    ['a heredoc-looking word', 'cat <<END'],
  ])('writes a command with %s as a heredoc so it keeps its meaning', (_, command) => {
    expect(printStep(run(command))).toBe(`RUN <<EOF\n${command}\nEOF`);
  });

  it('writes a leading [ that is not a JSON array of strings on the RUN line, where Docker reads it as shell form', () => {
    expect(printStep(run('[ -f /x ] && echo y'))).toBe('RUN [ -f /x ] && echo y');
    expect(printStep(run("['apk', 'add']"))).toBe("RUN ['apk', 'add']");
  });

  it('treats the backtick as the escape in files that use it', () => {
    expect(needsHeredoc('echo `', '`')).toBe(true);
    expect(needsHeredoc('echo `', '\\')).toBe(false);
    expect(printStep(run('dir C:\\'), '`')).toBe('RUN dir C:\\');
  });

  it('wraps long && chains with continuation lines', () => {
    const command = 'apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*';
    expect(printStep(run(command))).toBe(
      'RUN apt-get update\\\n && apt-get install -y --no-install-recommends curl ca-certificates\\\n && rm -rf /var/lib/apt/lists/*',
    );
    expect(printStep(run(command), '`')).toContain('update`\n && ');
  });

  it('finds heredoc markers on a command line', () => {
    expect(heredocMarkers('cat <<A <<-"B" 3<<\'C\'')).toEqual(['A', 'B', 'C']);
  });
});

describe('RUN schema', () => {
  it('accepts every flag', () => {
    const step = run('x', { mounts: [cache('/c'), bind('/b'), tmpfs('/t'), secret('s'), ssh()], network: 'none', security: 'sandbox', device: ['/dev/fuse'] });
    expect(stepDiagnostics(step)).toEqual([]);
  });

  it('says a number is the wrong type for the command', () => {
    const [d] = stepDiagnostics({ kind: 'run', command: 5 });
    expect(d?.code).toBe('DSL1002');
    expect(d?.rule).toBe('WrongType');
    expect(d?.message).toBe("'command' must be a string or an exec-form array, not a number");
  });

  it('reports an empty exec form, a blank command and a carriage return', () => {
    expect(stepDiagnostics({ kind: 'run', command: [] }).map(brief)).toEqual([
      "DSL1005 images.t.stages[0].steps[0].command: 'command': an exec-form command needs at least one element (the program)",
    ]);
    expect(stepDiagnostics({ kind: 'run', command: '  ' })[0]?.message).toContain('RUN needs a command');
    expect(stepDiagnostics({ kind: 'run', command: 'a\r\nb' })[0]?.code).toBe('DSL1010');
  });

  it('reports unknown flags with a suggestion', () => {
    const [d] = stepDiagnostics({ kind: 'run', command: 'x', netwrok: 'none' });
    expect(d?.code).toBe('DSL1003');
    expect(d?.message).toBe("RUN has unknown field 'netwrok' (did you mean 'network'?)");
  });

  it('reports bad enum values, unknown mount types and mount options of another type', () => {
    expect(stepDiagnostics({ kind: 'run', command: 'x', network: 'bridge' })[0]?.code).toBe('DSL1004');
    expect(stepDiagnostics({ kind: 'run', command: 'x', security: 'privileged' })[0]?.code).toBe('DSL1004');
    const [unknown] = stepDiagnostics({ kind: 'run', command: 'x', mounts: [{ type: 'cahce', target: '/c' }] });
    expect(unknown?.message).toBe('unknown mount type "cahce" (did you mean \'cache\'?)');
    const [wrong] = stepDiagnostics({ kind: 'run', command: 'x', mounts: [{ type: 'tmpfs', target: '/t', sharing: 'locked' }] });
    expect(wrong?.message).toBe("a tmpfs mount has unknown field 'sharing'");
    expect(stepDiagnostics({ kind: 'run', command: 'x', mounts: [{ type: 'secret' }] })[0]?.message).toContain('needs an id, a target or an env');
    expect(stepDiagnostics({ kind: 'run', command: 'x', mounts: [{ type: 'cache', target: '/a b' }] })[0]?.code).toBe('DSL1011');
  });

  it('checks heredocs against the markers of the command', () => {
    expect(stepDiagnostics({ kind: 'run', command: ['a'], heredocs: [{ body: 'x' }] })[0]?.code).toBe('DSL1018');
    expect(stepDiagnostics({ kind: 'run', command: 'cat <<A <<B', heredocs: [{ body: 'x' }] })[0]?.message).toBe(
      "'heredocs': the command has 2 <<marker(s) but 1 heredoc(s) follow",
    );
    expect(stepDiagnostics({ kind: 'run', command: 'cat <<A', heredocs: [{ body: 'x', delimiter: 'B' }] })[0]?.code).toBe('DSL1018');
    expect(stepDiagnostics({ kind: 'run', command: 'cat <<A', heredocs: [{ body: 'x\nA\ny' }] }).map((d) => d.code)).toEqual(['DSL1017']);
    expect(stepDiagnostics({ kind: 'run', command: 'cat <<A\nmore', heredocs: [{ body: 'x' }] })[0]?.code).toBe('DSL1010');
  });
});

describe('heredoc-looking words', () => {
  it('count when any character but < follows the arrows, as BuildKit reads them', () => {
    expect(needsHeredoc('cat <<😀', '\\')).toBe(true);
    expect(needsHeredoc('cat <<-$X', '\\')).toBe(true);
    expect(needsHeredoc('cat <<< word', '\\')).toBe(false);
    // BuildKit keeps the blanks after `<<` in the word, so `<< b` is a heredoc marker too
    // (`RUN a << b` followed by another instruction is an unterminated heredoc for it).
    expect(needsHeredoc('a << b', '\\')).toBe(true);
  });
});
