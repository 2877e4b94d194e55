import { defineRule, type CommandFact } from '../rule.js';

interface Data { fetcher: string; shell: string }

const interpreters = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'python', 'python3', 'perl', 'ruby', 'node']);

/**
 * DSL3015: a download piped straight into a shell (`curl … | sh`).
 *
 * @example
 * runRules(image, { rules: [pipeToShell] });
 */
export const pipeToShell = defineRule<Data>({
  code: 'DSL3015',
  name: 'PipeToShell',
  severity: 'warning',
  description: 'A script downloaded with curl or wget and piped into a shell or interpreter without verification.',
  docs: {
    why: 'Whatever the server returns runs as root in your build: a compromised or hijacked URL, or a truncated download, executes unseen. Download to a file, verify its checksum, then run it (or use ADD --checksum).',
    bad: 'FROM debian:12-slim\nRUN curl -fsSL https://get.example.test/install.sh | sh',
    good: 'FROM debian:12-slim\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://get.example.test/install.sh /tmp/install.sh\nRUN sh /tmp/install.sh',
  },
  format: (d) => `${d.fetcher} output is piped into ${d.shell} without being verified`,
  hint: 'download to a file, check its sha256, then run it',
  create(context) {
    const visit = ({ run, command, index, all }: CommandFact): void => {
      if (!command.pipeOut) return;
      // The commands the fetcher's output flows through, up to the end of the pipeline.
      for (const next of all.slice(index + 1)) {
        if (!next.pipeIn) return;
        if (interpreters.has(next.name)) {
          context.report(run, { fetcher: command.name, shell: next.name });
          return;
        }
        if (!next.pipeOut) return;
      }
    };
    return { 'command:curl': visit, 'command:wget': visit, 'command:fetch': visit };
  },
});
