import { commandsNamed } from '../package-commands.js';
import { defineRule } from '../rule.js';

interface Data { fetcher: string; shell: string }

const fetchers = new Set(['curl', 'wget', 'fetch']);
const fetcherPrograms = [...fetchers];
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
  check(ctx) {
    const found = commandsNamed(ctx.facts, ...fetcherPrograms);
    for (let i = 0; i < found.length; i++) {
      const { run, command, index, all } = found[i]!;
      if (!fetchers.has(command.name) || !command.pipeOut) continue;
      for (let j = index + 1; j < all.length && all[j]!.pipeIn; j++) {
        if (interpreters.has(all[j]!.name)) {
          ctx.report(run, { fetcher: command.name, shell: all[j]!.name });
          break;
        }
        if (!all[j]!.pipeOut) break;
      }
    }
  },
});
