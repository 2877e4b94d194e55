import { commandsMatching } from '../package-commands.js';
import { defineRule } from '../rule.js';

const tlsPrograms = /^(?:curl|wget|pip[0-9.]*|npm|yarn|git|yum|dnf|microdnf)$/;
/** What a RUN must mention to run one of `tlsPrograms` (see `runWords`). */
const tlsMentions = ['curl', 'wget', 'pip', 'npm', 'yarn', 'git', 'yum', 'dnf', 'microdnf'];

interface Data { what: string }

const envSettings: Record<string, (v: string) => boolean> = {
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v === '0',
  PYTHONHTTPSVERIFY: (v) => v === '0',
  GIT_SSL_NO_VERIFY: (v) => v !== '' && v !== '0' && v.toLowerCase() !== 'false',
  NPM_CONFIG_STRICT_SSL: (v) => v.toLowerCase() === 'false',
  PIP_TRUSTED_HOST: (v) => v !== '',
};

/**
 * DSL3030: TLS certificate checks turned off (curl -k, wget --no-check-certificate, …).
 *
 * @example
 * runRules(image, { rules: [tlsVerificationDisabled] });
 */
export const tlsVerificationDisabled = defineRule<Data>({
  code: 'DSL3030',
  name: 'TlsVerificationDisabled',
  severity: 'warning',
  kinds: ['run', 'env'],
  description: 'A download or package manager with certificate verification turned off, in RUN or through ENV.',
  docs: {
    why: 'Without certificate checks anyone on the network path can substitute what the build downloads. In ENV the setting also persists into every container started from the image.',
    bad: 'FROM debian:12-slim\nRUN curl -k -o /tmp/tool.tgz https://example.test/tool.tgz',
    good: 'FROM debian:12-slim\nRUN curl -fsS -o /tmp/tool.tgz https://example.test/tool.tgz',
  },
  format: (d) => `${d.what} turns off TLS certificate verification`,
  hint: 'install the CA certificate instead of disabling verification',
  check(ctx) {
    const words = ctx.facts.runWords();
    const mentioned = tlsMentions.some((word) => words.has(word));
    for (const { run, command } of mentioned ? commandsMatching(ctx.facts, tlsPrograms) : []) {
      const a = command.args;
      let what: string | undefined;
      if (command.name === 'curl' && a.some((x) => x === '--insecure' || /^-[A-Za-z]*k[A-Za-z]*$/.test(x))) what = 'curl --insecure';
      else if (command.name === 'wget' && a.includes('--no-check-certificate')) what = 'wget --no-check-certificate';
      else if (/^pip[0-9.]*$/.test(command.name) && a.includes('--trusted-host')) what = 'pip --trusted-host';
      else if ((command.name === 'npm' || command.name === 'yarn') && a.includes('strict-ssl') && a.includes('false')) what = `${command.name} strict-ssl false`;
      else if (command.name === 'git' && a.some((x) => /http\.sslverify=false/i.test(x))) what = 'git http.sslVerify=false';
      else if (/^(?:yum|dnf|microdnf)$/.test(command.name) && a.some((x) => /sslverify=(?:0|false)/i.test(x))) what = `${command.name} sslverify=0`;
      if (what) ctx.report(run, { what });
    }
    for (const env of ctx.facts.steps('env')) {
      const vars = env.step.vars;
      for (const key in vars) {
        if (Object.prototype.hasOwnProperty.call(envSettings, key) && envSettings[key]!(vars[key]!)) ctx.report(env, { what: `ENV ${key}=${vars[key]}` }, { at: ['vars', key] });
      }
    }
  },
});
