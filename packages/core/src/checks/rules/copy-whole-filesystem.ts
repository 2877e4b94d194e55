import { copySourceText } from '../../model/references.js';
import { defineRule } from '../rule.js';

interface Data { from: string }

/**
 * DSL3042: `COPY --from=x / /`, copying a whole image filesystem.
 *
 * @example
 * runRules(image, { rules: [copyWholeFilesystem] });
 */
export const copyWholeFilesystem = defineRule<Data>({
  code: 'DSL3042',
  name: 'CopyWholeFilesystem',
  severity: 'warning',
  description: '`COPY --from=<stage> / /` copies the entire filesystem of another stage or image.',
  docs: {
    why: 'Copying `/` drags in the package database, caches, device nodes and whatever the other stage left behind, overwriting files of the current base. Copy the directories you need.',
    bad: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\n\nFROM debian:12-slim\nCOPY --from=build / /',
    good: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\n\nFROM debian:12-slim\nCOPY --from=build /out/app /usr/local/bin/app',
    hadolint: ['DL3067'],
  },
  format: (d) => `COPY --from=${d.from} / / copies a whole filesystem`,
  hint: 'copy only the paths you need',
  create: (context) => ({
    copy(step) {
      const { from, sources, destination } = step.step;
      if (from !== undefined && sources.length === 1 && sources[0] === '/' && destination === '/') context.report(step, { from: copySourceText(from) });
    },
  }),
});
