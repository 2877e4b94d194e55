import { describe, expectTypeOf, it } from 'vitest';
import { stage } from '../builders/stage-factory.js';
import { cmd } from './cmd.js';
import { copy } from './copy.js';
import { entrypoint } from './entrypoint.js';
import { expose, type ExposeInstruction } from './expose.js';
import { healthcheck, type HealthcheckNoneInstruction } from './healthcheck.js';
import type { Instruction } from './index.js';
import { cache, secret, tmpfs, type Mount } from './mount.js';
import { onbuild, type OnbuildTrigger } from './onbuild.js';
import { run } from './run.js';
import { shell } from './shell.js';
import { stopsignal } from './stopsignal.js';

const s = stage('x', { from: 'busybox:1.36' });

describe('commands', () => {
  it('CMD, ENTRYPOINT, HEALTHCHECK and SHELL reject a bare string', () => {
    // @ts-expect-error a bare string is not a command
    cmd('node server.js');
    // @ts-expect-error a bare string is not a command
    entrypoint('/app');
    // @ts-expect-error a bare string is not a health check command
    healthcheck('curl -f http://localhost/');
    // @ts-expect-error SHELL takes an exec-form tuple only
    shell('/bin/bash -c');
    // @ts-expect-error SHELL has no shell form either
    s.shell({ shell: 'bash' });
    cmd(['node', 'server.js']);
    healthcheck({ shell: 'curl -f http://localhost/ || exit 1' });
  });

  it('take CMD [] (it clears the base image CMD)', () => {
    cmd([]);
  });

  it('reject an empty exec-form tuple', () => {
    // @ts-expect-error an exec-form command needs a program
    s.healthcheck([]);
    // @ts-expect-error an exec-form command needs a program
    shell([]);
    // @ts-expect-error an exec-form RUN needs a program
    run([]);
  });
});

describe('EXPOSE literals', () => {
  it('accepts ports in 0–65535, ranges, protocols and variables', () => {
    expose(8080);
    expose(65535);
    expose(['53/udp', '9000-9010/tcp', '$PORT', 0]);
    s.expose([80, '443/tcp']);
    const dynamic: number = Number('8080');
    expose(dynamic);
    expectTypeOf(expose(80)).toEqualTypeOf<ExposeInstruction>();
  });

  it('rejects ports out of range and unknown protocols', () => {
    // @ts-expect-error 70000 is out of range
    expose(70000);
    // @ts-expect-error 65536 is out of range
    s.expose(65536);
    // @ts-expect-error the range ends out of range
    expose('8000-99999');
    // @ts-expect-error out of range inside a list
    expose([80, '70000/udp']);
    // @ts-expect-error 'http' is not a protocol
    expose('80/http');
    // @ts-expect-error a negative port
    expose(-1);
  });
});

describe('STOPSIGNAL', () => {
  it('rejects an unknown signal name', () => {
    stopsignal('SIGQUIT');
    stopsignal('SIGRTMIN+3');
    stopsignal(9);
    // @ts-expect-error not a signal
    stopsignal('SIGSTOPP');
    // @ts-expect-error signal names are upper case
    s.stopsignal('sigterm');
  });
});

describe('HEALTHCHECK NONE', () => {
  it('takes no options and no test', () => {
    const none: HealthcheckNoneInstruction = { kind: 'healthcheck', none: true };
    expectTypeOf(none.none).toEqualTypeOf<true>();
    // @ts-expect-error NONE with an interval
    const withOptions: Instruction = { kind: 'healthcheck', none: true, interval: '5s' };
    // @ts-expect-error NONE with a test
    const withTest: Instruction = { kind: 'healthcheck', none: true, test: ['true'] };
    void withOptions;
    void withTest;
  });
});

describe('RUN --mount', () => {
  it('accepts only the options of the mount type', () => {
    const ok: Mount[] = [cache('/c', { sharing: 'locked' }), tmpfs('/t', { size: '64m' }), secret('npmrc', { env: 'NPM_TOKEN' })];
    void ok;
    // @ts-expect-error sharing belongs to cache mounts
    tmpfs('/t', { sharing: 'locked' });
    // @ts-expect-error size belongs to tmpfs mounts
    cache('/c', { size: '64m' });
    // @ts-expect-error a secret mount has no from
    const secretFrom: Mount = { type: 'secret', id: 'x', from: 'build' };
    // @ts-expect-error env belongs to secret mounts
    s.run('x', { mounts: [{ type: 'cache', target: '/c', env: 'TOKEN' }] });
    void secretFrom;
  });
});

describe('ONBUILD', () => {
  it('takes every instruction as a trigger but ONBUILD, MAINTAINER and comments', () => {
    expectTypeOf<OnbuildTrigger>().toEqualTypeOf<Exclude<Instruction, { kind: 'onbuild' | 'maintainer' | 'comment' }>>();
  });

  it('cannot wrap ONBUILD (FROM and MAINTAINER are no triggers either)', () => {
    onbuild(copy('.', '/app'));
    // @ts-expect-error ONBUILD ONBUILD is not allowed
    onbuild(onbuild(copy('.', '/app')));
    // @ts-expect-error MAINTAINER is not a trigger
    s.onbuild({ kind: 'maintainer', name: 'ops' });
    // @ts-expect-error FROM is not an instruction kind
    s.onbuild({ kind: 'from', from: 'alpine' });
  });
});
