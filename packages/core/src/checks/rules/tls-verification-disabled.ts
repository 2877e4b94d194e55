import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../analysis/shell-script.js';


interface Data { what: string }

const curlShortK = /^-[A-Za-z]*k[A-Za-z]*$/;
const pipProgram = /^pip[0-9.]*$/;
const gitSslVerifyOff = /http\.sslverify=false/i;
const rpmManager = /^(?:yum|dnf|microdnf)$/;
const rpmSslVerifyOff = /sslverify=(?:0|false)/i;

/** How the command turns verification off (`curl --insecure`), if it does. */
function verificationOff(command: ShellCommand): string | undefined {
  const name = command.name;
  const a = command.args;
  if (name === 'curl' && (a.includes('--insecure') || someMatches(a, curlShortK))) return 'curl --insecure';
  if (name === 'wget' && a.includes('--no-check-certificate')) return 'wget --no-check-certificate';
  if (pipProgram.test(name) && a.includes('--trusted-host')) return 'pip --trusted-host';
  if ((name === 'npm' || name === 'yarn') && a.includes('strict-ssl') && a.includes('false')) return `${name} strict-ssl false`;
  if (name === 'git' && someMatches(a, gitSslVerifyOff)) return 'git http.sslVerify=false';
  if (rpmManager.test(name) && someMatches(a, rpmSslVerifyOff)) return `${name} sslverify=0`;
  return undefined;
}

function someMatches(words: readonly string[], pattern: RegExp): boolean {
  return words.some((word) => pattern.test(word));
}

// A Map, not an object literal: an ENV named `toString` or `constructor` must find nothing.
const envSettings = new Map<string, (v: string) => boolean>([
  ['NODE_TLS_REJECT_UNAUTHORIZED', (v) => v === '0'],
  ['PYTHONHTTPSVERIFY', (v) => v === '0'],
  ['GIT_SSL_NO_VERIFY', (v) => v !== '' && v !== '0' && v.toLowerCase() !== 'false'],
  ['NPM_CONFIG_STRICT_SSL', (v) => v.toLowerCase() === 'false'],
  ['PIP_TRUSTED_HOST', (v) => v !== ''],
]);

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
  description: 'A download or package manager with certificate verification turned off, in RUN or through ENV.',
  docs: {
    why: 'Without certificate checks anyone on the network path can substitute what the build downloads. In ENV the setting also persists into every container started from the image.',
    bad: 'FROM debian:12-slim\nRUN curl -k -o /tmp/tool.tgz https://example.test/tool.tgz',
    good: 'FROM debian:12-slim\nRUN curl -fsS -o /tmp/tool.tgz https://example.test/tool.tgz',
  },
  format: (d) => `${d.what} turns off TLS certificate verification`,
  hint: 'install the CA certificate instead of disabling verification',
  create: (context) => ({
    command({ run, command }) {
      const what = verificationOff(command);
      if (what) context.report(run, { what });
    },
    env(env) {
      for (const [key, value] of Object.entries(env.step.vars)) {
        if (envSettings.get(key)?.(value)) context.report(env, { what: `ENV ${key}=${value}` }, { at: ['vars', key] });
      }
    },
  }),
});
