import type { AnyComposeRule } from './compose-rule.js';
import { bindMountLeavesProject } from './rules/bind-mount-leaves-project.js';
import { containerNameWithReplicas } from './rules/container-name-with-replicas.js';
import { dependencyCycle } from './rules/dependency-cycle.js';
import { duplicateHostPort } from './rules/duplicate-host-port.js';
import { healthyDependencyWithoutHealthcheck } from './rules/healthy-dependency-without-healthcheck.js';
import { invalidProjectName } from './rules/invalid-project-name.js';
import { noImageOrBuild } from './rules/no-image-or-build.js';
import { secretInEnvironment } from './rules/secret-in-environment.js';
import { undeclaredConfig } from './rules/undeclared-config.js';
import { undeclaredModel } from './rules/undeclared-model.js';
import { undeclaredNetwork } from './rules/undeclared-network.js';
import { undeclaredSecret } from './rules/undeclared-secret.js';
import { undeclaredVolume } from './rules/undeclared-volume.js';
import { unknownBuildTarget } from './rules/unknown-build-target.js';
import { unknownDependency } from './rules/unknown-dependency.js';

/**
 * Every Compose rule, in the order their findings are reported: a stack's references first
 * (what it uses but does not declare, DSL4001–DSL4004, DSL4110, then unknown services,
 * DSL4005), then the codes in order (a service with nothing to run before a wrong build
 * target).
 *
 * @example
 * composeRules.find((r) => r.name === 'DuplicateHostPort')?.code; // 'DSL4008'
 */
export const composeRules: readonly AnyComposeRule[] = [
  undeclaredVolume,
  undeclaredNetwork,
  undeclaredSecret,
  undeclaredConfig,
  undeclaredModel,
  unknownDependency,
  dependencyCycle,
  healthyDependencyWithoutHealthcheck,
  duplicateHostPort,
  noImageOrBuild,
  unknownBuildTarget,
  containerNameWithReplicas,
  bindMountLeavesProject,
  secretInEnvironment,
  invalidProjectName,
];
