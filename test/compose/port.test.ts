import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

describe('port short syntax', () => {
  it('reads the forms people write', () => {
    expect(compose.port('3000')).toEqual({ target: 3000 });
    expect(compose.port(3000)).toEqual({ target: 3000 });
    expect(compose.port('8080:80')).toEqual({ target: 80, published: 8080 });
    expect(compose.port('127.0.0.1:8080:80')).toEqual({ target: 80, published: 8080, hostIp: '127.0.0.1' });
    expect(compose.port('[::1]:53:53/udp')).toEqual({ target: 53, published: 53, hostIp: '::1', protocol: 'udp' });
    expect(compose.port('9000-9002:80')).toEqual({ target: 80, published: '9000-9002' });
  });

  it('refuses what is not a port', () => {
    for (const bad of ['http', '80:80:80:80', '70000', '80/icmp', '1-3:1-3']) expect(compose.port(bad), bad).toBeUndefined();
  });

  it('gives the published range', () => {
    expect(compose.publishedRange({ target: 80, published: '9000-9002' })).toEqual([9000, 9002]);
    expect(compose.publishedRange({ target: 80 })).toBeUndefined();
  });
});
