import { defineRule } from '../rule.js';

interface Data { module: string }

/**
 * DSL3054: `go install module` without `@version`.
 *
 * @example
 * runRules(image, { rules: [goInstallPinVersion] });
 */
export const goInstallPinVersion = defineRule<Data>({
  code: 'DSL3054',
  name: 'GoInstallPinVersion',
  severity: 'info',
  description: '`go install` of a remote module without an `@version`.',
  docs: {
    why: 'Outside a module, `go install example.test/tool` needs a version; `@latest` takes whatever was published last. Pin a release so rebuilds are repeatable.',
    bad: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest',
    good: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.16.2',
    hadolint: ['DL3062'],
  },
  format: (d) => `go install ${d.module} is not pinned to a version`,
  hint: 'append @vX.Y.Z',
  create: (context) => ({
    'command:go'({ run, command }) {
      if (command.args[0] !== 'install') return;
      for (const arg of command.args.slice(1)) {
        if (arg.startsWith('-') || arg.startsWith('.') || !arg.includes('.') || arg.includes('$')) continue;
        const version = arg.split('@')[1];
        if (version === undefined || version === 'latest' || version === 'master' || version === 'main') context.report(run, { module: arg });
      }
    },
  }),
});
