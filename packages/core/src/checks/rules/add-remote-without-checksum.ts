import { defineRule } from '../rule.js';

interface Data { source: string; plainHttp: boolean }

const gitRepository = /\.git(?:#|$)/;

/**
 * DSL3014: ADD of a URL without `--checksum`, or over plain http.
 *
 * @example
 * runRules(image, { rules: [addRemoteWithoutChecksum] });
 */
export const addRemoteWithoutChecksum = defineRule<Data>({
  code: 'DSL3014',
  name: 'AddRemoteWithoutChecksum',
  severity: 'warning',
  description: 'ADD downloads a URL without `--checksum=sha256:…`, or over unencrypted http.',
  docs: {
    why: 'Without a checksum, whatever the server returns today goes into the image, and a changed or tampered file is not noticed. `--checksum` makes the build fail instead. Plain http can be altered on the way.',
    bad: 'FROM alpine:3.20\nADD https://example.test/tool-1.2.tar.gz /opt/',
    good: 'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.test/tool-1.2.tar.gz /opt/',
  },
  format: (d) => (d.plainHttp ? `ADD downloads ${d.source} over plain http` : `ADD downloads ${d.source} without --checksum`),
  hint: 'add --checksum=sha256:<digest> and use https',
  create: (context) => ({
    add(step) {
      step.step.sources.forEach((s, i) => {
        if (typeof s !== 'string') return;
        if (s.startsWith('http://')) context.report(step, { source: s, plainHttp: true }, { at: ['sources', i] });
        else if (s.startsWith('https://') && !gitRepository.test(s) && step.step.checksum === undefined) context.report(step, { source: s, plainHttp: false }, { at: ['sources', i] });
      });
    },
  }),
});
