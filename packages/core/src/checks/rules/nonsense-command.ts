import { defineRule } from '../rule.js';

interface Data { command: string }

const nonsense = new Set(['ssh', 'vim', 'vi', 'nano', 'shutdown', 'reboot', 'service', 'systemctl', 'ps', 'free', 'top', 'htop', 'kill', 'mount', 'ifconfig']);

/**
 * DSL3036: interactive or system commands that make no sense in a build.
 *
 * @example
 * runRules(image, { rules: [nonsenseCommand] });
 */
export const nonsenseCommand = defineRule<Data>({
  code: 'DSL3036',
  name: 'NonsenseCommand',
  severity: 'info',
  description: 'RUN calls ssh, vim, shutdown, service, systemctl, ps, top, kill, mount or ifconfig.',
  docs: {
    why: 'A build step has no terminal, no init system and no running services: editors hang, `service x start` starts something that dies with the step, and `ps`/`top`/`free` show the builder, not the container. Such lines are usually copied from an interactive session.',
    bad: 'FROM debian:12-slim\nRUN service nginx start',
    good: 'FROM debian:12-slim\nCMD ["nginx", "-g", "daemon off;"]',
    hadolint: ['DL3001'],
  },
  format: (d) => `${d.command} makes no sense in a build step`,
  hint: 'start services from CMD or ENTRYPOINT; edit files with COPY or sed',
  create: (context) => ({
    command({ run, command }) {
      if (nonsense.has(command.name) && !command.pipeIn) context.report(run, { command: command.name });
    },
  }),
});
