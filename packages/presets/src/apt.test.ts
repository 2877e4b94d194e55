import { describe, expect, it } from 'vitest';
import { printInstruction } from '@dockerdsl/core/tooling';
import { aptInstall } from './apt.js';

describe('aptInstall', () => {
  it('installs without recommends, removes the lists and caches downloads under a locked mount', () => {
    const text = printInstruction(aptInstall(['curl', 'ca-certificates', 'curl']), { escape: '\\' });
    expect(text).toContain('--mount=type=cache,target=/var/cache/apt,sharing=locked');
    expect(text).toContain('apt-get update');
    expect(text).toContain('apt-get install -y --no-install-recommends ca-certificates curl');
    expect(text).toContain('rm -rf /var/lib/apt/lists/*');
  });

  it('leaves the cache mount out when asked', () => {
    expect(aptInstall(['curl'], { cacheMount: false }).mounts).toBeUndefined();
  });

  it('refuses an empty package list', () => {
    expect(() => aptInstall([])).toThrow(/at least one package/);
  });
});
