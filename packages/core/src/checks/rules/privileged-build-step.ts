import { defineRule } from '../rule.js';

interface Data { flag: string }

/**
 * DSL3033: RUN steps that need build entitlements (`--security=insecure`, `--network=host`, `--device`).
 *
 * @example
 * runRules(image, { rules: [privilegedBuildStep] });
 */
export const privilegedBuildStep = defineRule<Data>({
  code: 'DSL3033',
  name: 'PrivilegedBuildStep',
  severity: 'warning',
  description: 'RUN with `--security=insecure`, `--network=host` or `--device`, which need an entitlement and weaken build isolation.',
  docs: {
    why: '`--security=insecure` runs the step like `docker run --privileged`, `--network=host` shares the builder host\'s network, and `--device` hands a host device to the step. Each needs an explicit entitlement and lets a build script reach beyond its sandbox.',
    bad: 'FROM alpine:3.20\nRUN --network=host wget -q http://localhost:8000/data',
    good: 'FROM alpine:3.20\nRUN wget -q https://example.test/data',
  },
  format: (d) => `RUN ${d.flag} weakens the build sandbox`,
  hint: 'drop the flag unless the step truly needs it, and say why in an ignore reason',
  create: (context) => ({
    run(run) {
      const { security, network, device } = run.step;
      if (security === 'insecure') context.report(run, { flag: '--security=insecure' }, { at: ['security'] });
      if (network === 'host') context.report(run, { flag: '--network=host' }, { at: ['network'] });
      if (device?.length) context.report(run, { flag: `--device=${device[0]}` }, { at: ['device'] });
    },
  }),
});
