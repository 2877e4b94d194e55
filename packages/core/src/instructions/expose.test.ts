import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { expose } from './expose.js';

describe('EXPOSE', () => {
  it('prints numbers, protocols, ranges and variables', () => {
    expect(printStep(expose(8080))).toBe('EXPOSE 8080');
    expect(printStep(expose([80, '443/tcp', '53/udp', '9000-9010/sctp', '7000-7001', '$PORT']))).toBe('EXPOSE 80 443/tcp 53/udp 9000-9010/sctp 7000-7001 $PORT');
  });

  it('rejects ports out of range, reversed ranges and unknown protocols', () => {
    expect(stepDiagnostics(expose(70000 as number))[0]?.message).toContain('a port is a whole number from 0 to 65535');
    expect(stepDiagnostics(expose('70000/tcp' as never))[0]?.message).toBe("'ports[0]': port 70000 is out of range 0-65535");
    expect(stepDiagnostics(expose('9010-9000' as never))[0]?.code).toBe('DSL1013');
    expect(stepDiagnostics(expose('80/http' as never))[0]?.message).toContain("'80/http' is not a port");
    expect(stepDiagnostics({ kind: 'expose', ports: [] })[0]?.code).toBe('DSL1005');
  });
});
