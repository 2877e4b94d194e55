import type { CodeTable } from '@dockerdsl/core/tooling';

/**
 * Codes of the diagnostics `dsl build` reports before it starts a build (DSL5930–DSL5949):
 * what the chosen builder cannot do, and inputs nothing supplies. Stable forever.
 *
 * @example
 * buildCodes.DSL5932.rule; // 'OutputNotSupported'
 */
export const buildCodes = {
  DSL5930: { rule: 'BuilderUnavailable', severity: 'error', description: '`docker buildx inspect` cannot find or reach the builder the build would use.' },
  DSL5931: { rule: 'EmulatedPlatform', severity: 'warning', description: 'A platform to build is not native to the builder, so its RUN steps run under emulation (QEMU), many times slower; or the builder cannot build it at all.' },
  DSL5932: { rule: 'OutputNotSupported', severity: 'error', description: 'An output the builder cannot take: several platforms loaded into the image store (`--load`), or an exporter its driver does not have.' },
  DSL5933: { rule: 'MissingBuildSecret', severity: 'error', description: 'A secret or SSH mount uses an id that neither the definitions nor `--secret`/`--ssh` supply.' },
  DSL5934: { rule: 'EntitlementNotGrantable', severity: 'error', description: 'An image needs an entitlement that this buildx cannot grant to a bake build: `security.insecure` before buildx 0.17 (bake grants entitlements with `--allow` from 0.17 on; `network.host` is granted on older ones, see DSL5936).' },
  DSL5935: { rule: 'SecretSourceMissing', severity: 'error', description: 'A build secret comes from a file that does not exist or an environment variable that is not set.' },
  DSL5936: { rule: 'HostNetworkForWholeImage', severity: 'warning', description: 'Before buildx 0.17, bake grants `network.host` only through a Compose file\'s `build.network: host`, which puts the whole image on the host network: its RUN steps without a `--network` of their own use the host\'s network too, not only those with `--network=host`.' },
} as const satisfies CodeTable;

/**
 * A `dsl build` diagnostic code.
 *
 * @example
 * const code: BuildCode = 'DSL5933';
 */
export type BuildCode = keyof typeof buildCodes;
