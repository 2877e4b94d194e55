import { describe, expect, it } from 'vitest';
import { codesOf, stepsOf } from './parse-helpers.test-util.js';

describe('USER, WORKDIR, EXPOSE, VOLUME, STOPSIGNAL, MAINTAINER', () => {
  it('reads each into the model', () => {
    expect(stepsOf('FROM a\nUSER 10001:10001\nUSER app\nWORKDIR "/srv/my app"\nEXPOSE 8080 53/udp 9000-9010/tcp $PORT\nVOLUME ["/data", "/logs"]\nVOLUME /cache /tmp/x\nSTOPSIGNAL SIGQUIT\nSTOPSIGNAL 9\nMAINTAINER Ops Team <ops@example.com>\n')).toEqual([
      { kind: 'user', user: 10001, group: 10001 },
      { kind: 'user', user: 'app' },
      { kind: 'workdir', path: '/srv/my app' },
      { kind: 'expose', ports: [8080, '53/udp', '9000-9010/tcp', '$PORT'] },
      { kind: 'volume', paths: ['/data', '/logs'] },
      { kind: 'volume', paths: ['/cache', '/tmp/x'] },
      { kind: 'stopsignal', signal: 'SIGQUIT' },
      { kind: 'stopsignal', signal: 9 },
      { kind: 'maintainer', name: 'Ops Team <ops@example.com>' },
    ]);
  });

  it('keeps leading zeros as text', () => {
    expect(stepsOf('FROM a\nUSER 0100\n')).toEqual([{ kind: 'user', user: '0100' }]);
  });

  it('reports missing arguments', () => {
    expect(codesOf('FROM a\nUSER\nWORKDIR\nEXPOSE\nVOLUME []\nSTOPSIGNAL\nMAINTAINER\n')).toEqual(['DSL5004', 'DSL5004', 'DSL5004', 'DSL5004', 'DSL5004', 'DSL5004']);
  });
});
