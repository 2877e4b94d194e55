import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

function check(a: compose.Port[], b: compose.Port[]) {
  return compose.checkStack({ services: { a: { image: 'x', ports: a }, b: { image: 'x', ports: b } } }, []);
}

describe('DSL4008 duplicate host port', () => {
  it('reports two services publishing the same host port', () => {
    const [d, ...rest] = check([{ target: 80, published: 8080 }], [{ target: 8000, published: 8080 }]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'DSL4008', path: ['services', 'b', 'ports', 0] });
    expect(d!.message).toBe("service 'b' publishes host port 8080/tcp, which service 'a' already publishes (8080/tcp)");
  });

  it('treats no address as every address, and overlapping ranges as clashes', () => {
    expect(check([{ target: 80, published: 8080, hostIp: '127.0.0.1' }], [{ target: 80, published: 8080 }])).toHaveLength(1);
    expect(check([{ target: 80, published: '8000-8010' }], [{ target: 80, published: 8005 }])).toHaveLength(1);
  });

  it('allows different protocols, different addresses, and unpublished ports', () => {
    expect(check([{ target: 53, published: 53, protocol: 'udp' }], [{ target: 53, published: 53 }])).toEqual([]);
    expect(check([{ target: 80, published: 80, hostIp: '127.0.0.1' }], [{ target: 80, published: 80, hostIp: '127.0.0.2' }])).toEqual([]);
    expect(check([{ target: 80 }], [{ target: 80 }])).toEqual([]);
  });

  it('reports two entries of one service', () => {
    const found = compose.checkStack({ services: { a: { image: 'x', ports: [{ target: 80, published: 80 }, { target: 81, published: 80 }] } } }, []);
    expect(found[0]!.message).toContain("another entry of 'a'");
  });
});
