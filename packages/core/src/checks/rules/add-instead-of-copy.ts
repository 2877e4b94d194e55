import { defineRule } from '../rule.js';

interface Data { source: string }

const remote = /^(?:https?:\/\/|git@|git:\/\/|ssh:\/\/)/;
const archive = /\.(?:tar|tar\.(?:gz|bz2|xz|zst)|tgz|tbz2?|txz)$/i;
const gitRepository = /\.git(?:#|$)/;

/** A source ADD treats like COPY: not a URL, archive, variable or git repository. */
function isPlainLocalFile(s: unknown): boolean {
  return typeof s === 'string' && !remote.test(s) && !archive.test(s) && !s.includes('$') && !gitRepository.test(s);
}

/**
 * DSL3013: ADD of plain local files, where COPY says what happens.
 *
 * @example
 * runRules(image, { rules: [addInsteadOfCopy] });
 */
export const addInsteadOfCopy = defineRule<Data>({
  code: 'DSL3013',
  name: 'AddInsteadOfCopy',
  severity: 'warning',
  description: 'ADD used for local files that are not archives; COPY does the same without the surprises.',
  docs: {
    why: 'ADD unpacks local archives and fetches URLs, so `ADD app.tar.gz /app/` and `ADD file /app/` do very different things depending on the file name. COPY only copies. Keep ADD for URLs, Git sources and archives you mean to unpack.',
    bad: 'FROM alpine:3.20\nADD config.yaml /etc/app/config.yaml',
    good: 'FROM alpine:3.20\nCOPY config.yaml /etc/app/config.yaml',
    hadolint: ['DL3020'],
  },
  format: (d) => `ADD ${d.source} copies a local file; use COPY`,
  hint: 'use COPY (ADD is for URLs, Git and archives to unpack)',
  create: (context) => ({
    add(step) {
      const sources = step.step.sources;
      // Every source a plain local file: then the first one is what COPY would copy first.
      if (sources.length > 0 && sources.every(isPlainLocalFile)) context.report(step, { source: sources[0] as string }, { at: ['sources', 0] });
    },
  }),
});
