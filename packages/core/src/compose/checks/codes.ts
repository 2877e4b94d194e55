import type { CodeInfo } from '../../diagnostics/code-table.js';

/**
 * The Compose diagnostics (DSL4xxx): stable codes, rule names, default severities, and the
 * catalogue entry (`shared/checks.md`) each one implements. DSL41xx are problems reading a
 * Compose file.
 *
 * @example
 * composeCodes.DSL4006.rule; // 'DependencyCycle'
 */
export const composeCodes = {
  DSL4001: { rule: 'UndeclaredVolume', severity: 'error', catalogue: 'CP008', description: 'A service mounts a named volume that the top-level `volumes` does not declare.' },
  DSL4002: { rule: 'UndeclaredNetwork', severity: 'error', catalogue: 'CP008', description: 'A service joins a network that the top-level `networks` does not declare.' },
  DSL4003: { rule: 'UndeclaredSecret', severity: 'error', catalogue: 'CP008', description: 'A service receives a secret that the top-level `secrets` does not declare.' },
  DSL4004: { rule: 'UndeclaredConfig', severity: 'error', catalogue: 'CP008', description: 'A service receives a config that the top-level `configs` does not declare.' },
  DSL4005: { rule: 'UnknownDependency', severity: 'error', catalogue: 'CP009', description: '`depends_on` or `extends` names a service the stack does not have.' },
  DSL4006: { rule: 'DependencyCycle', severity: 'error', catalogue: 'CP011', description: 'Services wait for each other in a cycle, so none can start.' },
  DSL4007: { rule: 'HealthyDependencyWithoutHealthcheck', severity: 'error', catalogue: 'CP100', description: '`service_healthy` on a service with neither a compose healthcheck nor a HEALTHCHECK in its image.' },
  DSL4008: { rule: 'DuplicateHostPort', severity: 'error', catalogue: 'CP102', description: 'Two services (or two entries) publish the same host port, so the second fails to start.' },
  DSL4009: { rule: 'UnknownBuildTarget', severity: 'error', catalogue: 'CP105', description: '`build.target` is not a stage of the image being built.' },
  DSL4010: { rule: 'NoImageOrBuild', severity: 'error', catalogue: 'CP003', description: 'A service with neither `image` nor `build` (nor `extends`) has nothing to run.' },
  DSL4011: { rule: 'ContainerNameWithReplicas', severity: 'error', catalogue: 'CP016', description: '`container_name` on a service with more than one replica: container names are unique.' },
  DSL4012: { rule: 'BindMountLeavesProject', severity: 'warning', catalogue: 'CP203', description: 'A relative bind mount (or env file) that climbs out of the project with `..`.' },
  DSL4013: { rule: 'SecretInEnvironment', severity: 'warning', catalogue: 'CP111', description: 'An environment value that looks like a password or key; use `secrets:` instead.' },
  DSL4014: { rule: 'InvalidProjectName', severity: 'error', catalogue: 'CP002', description: 'A project name Compose rejects (lower-case letters, digits, `-` and `_`, starting with a letter or digit).' },
  DSL4110: { rule: 'UndeclaredModel', severity: 'error', catalogue: 'CP008', description: 'A service uses a language model that the top-level `models` does not declare.' },
  DSL4101: { rule: 'ComposeYamlSyntax', severity: 'error', catalogue: 'CP024', description: 'The Compose file is not valid YAML, or not a mapping.' },
  DSL4102: { rule: 'UnknownComposeKey', severity: 'error', catalogue: 'CP001', description: 'A key the Compose model does not know (often a typo).' },
  DSL4103: { rule: 'InvalidComposeValue', severity: 'error', catalogue: 'CP021', description: 'A value that cannot be read: a port, a mount, a command, a dependency condition.' },
  DSL4104: { rule: 'ObsoleteVersion', severity: 'info', catalogue: 'CP028', description: 'The top-level `version` is obsolete and ignored; the generated file leaves it out.' },
} as const satisfies Readonly<Record<string, CodeInfo & { readonly catalogue: string }>>;

/**
 * A Compose diagnostic code.
 *
 * @example
 * const code: ComposeCode = 'DSL4008';
 */
export type ComposeCode = keyof typeof composeCodes;
