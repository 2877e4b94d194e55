import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDockerfile } from './check-dockerfile.js';

const codes = (text: string, options = {}): string[] => checkDockerfile(text, options).diagnostics.map((d) => `${d.source?.line}:${d.code}`);

describe('checkDockerfile', () => {
  test('the seed fragment that copies from a missing stage is an error naming builder', () => {
    // A seed example (test/seed-examples): the runtime stage of a two-stage build, its builder stage missing.
    const text = [
      '# Stage 2: Create the runtime image',
      'FROM alpine:latest',
      '',
      '# Install any necessary dependencies for runtime',
      'RUN apk --no-cache add ca-certificates',
      '',
      '# Copy the Go binary from the builder stage',
      'COPY --from=builder /go/bin/app /usr/local/bin/app',
      '',
      'EXPOSE 8080',
      'CMD ["app"]',
      '',
    ].join('\n');
    const result = checkDockerfile(text, { file: 'fragment-copy-from-missing-stage.Dockerfile' });
    const finding = result.diagnostics.find((d) => d.code === 'DSL2007');
    expect(finding).toMatchObject({ severity: 'error', source: { file: 'fragment-copy-from-missing-stage.Dockerfile', line: 8 } });
    expect(finding?.message).toContain("'builder'");
    expect(result.ok).toBe(false);
  });

  test('# dsl ignore= silences codes on the next instruction only', () => {
    const text = 'FROM alpine:latest AS a\nUSER app\n# dsl ignore=DSL3007 mirrored and pinned upstream\nFROM debian:latest\nUSER app\n';
    expect(codes(text)).toEqual(['1:DSL2015', '1:DSL3007']);
  });

  test('# hadolint ignore= works through the hadolint equivalents, and global ignore covers the file', () => {
    expect(codes('# hadolint ignore=DL3007\nFROM alpine:latest\nUSER app\n')).toEqual([]);
    expect(codes('# dsl global ignore=LatestTag\nFROM alpine:3.20 AS a\nFROM alpine:latest\nCOPY --from=a /x /x\nUSER app\n')).toEqual([]);
  });

  test('BuildKit check=skip and error=true are honoured', () => {
    expect(codes('# check=skip=JSONArgsRecommended\nFROM alpine:3.20\nUSER app\nCMD serve\n')).toEqual([]);
    const strict = checkDockerfile('# check=error=true\nFROM alpine:3.20\nUSER app\nCMD serve\n');
    expect(strict.diagnostics).toMatchObject([{ code: 'DSL3001', severity: 'error' }]);
    expect(strict.ok).toBe(false);
  });

  test('parse problems come through with their codes and lines', () => {
    expect(codes('FROM alpine:3.20\nRUNN echo\n')).toContain('2:DSL5001');
  });

  test('a .dockerignore given by the caller feeds CopyIgnoredFile', () => {
    expect(codes('FROM alpine:3.20\nCOPY dist/app /app\nUSER app\n', { dockerignore: ['dist'] })).toEqual(['2:DSL3048']);
  });

  test('never throws, whatever the text', () => {
    const words = fc.constantFrom('FROM', 'RUN', 'COPY', '--from=', 'AS', '$X', '${', '}', '\\', '\n', '<<EOF', 'EOF', '[', ']', '"', "'", '|', 'sh', 'apt-get', 'install', '#', ' ', 'ENV', '=', 'ARG', 'ONBUILD', 'HEALTHCHECK', 'CMD', '\r\n', 'scratch');
    fc.assert(fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
      const result = checkDockerfile(parts.join(''));
      expect(Array.isArray(result.diagnostics)).toBe(true);
      expect(result.diagnostics.every((d) => !/ failed: /.test(d.message))).toBe(true);
    }), { numRuns: 400 });
  });
});
