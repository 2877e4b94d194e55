import { describe, expect, it } from 'vitest';
import { parseDockerfile, parseDockerfileLines } from './parse-dockerfile.js';

describe('parseDockerfileLines', () => {
  it('returns the physical lines without carriage returns, a byte order mark or a final empty line', () => {
    const { lines, image } = parseDockerfileLines('\ufeffFROM alpine:3.20\r\n# note\r\nRUN make \\\r\n  all\r\n');
    expect(lines).toEqual(['FROM alpine:3.20', '# note', 'RUN make \\', '  all']);
    expect(image?.stages[0]?.steps).toEqual([{ kind: 'run', command: 'make   all', comment: 'note' }]);
  });

  it('gives parseDockerfile its result, and lines even when there is no image', () => {
    const text = 'RUN make\n';
    const { lines, ...rest } = parseDockerfileLines(text);
    expect(rest).toEqual(parseDockerfile(text));
    expect(lines).toEqual(['RUN make']);
    expect(parseDockerfileLines(undefined as unknown as string)).toMatchObject({ lines: [], diagnostics: [{ code: 'DSL5099' }] });
  });
});
