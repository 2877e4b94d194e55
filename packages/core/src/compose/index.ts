/**
 * Compose stacks from the same definitions as the images: typed services, networks, volumes,
 * secrets and configs referred to by handle; checks (DSL4xxx); a compiler to Compose YAML; and
 * a reader of existing Compose files into the same model.
 *
 * @example
 * import { compose, image } from '@dockerdsl/core';
 * const web = compose.service('web', { build: { image: webImage }, ports: [{ target: 80, published: 8080 }] });
 * const result = compose.compileCompose(compose.stack('shop', { services: [web] }), { outDir: 'docker' });
 */
export * from './keys.js';
export * from './port.js';
export * from './network.js';
export * from './volume.js';
export * from './secret.js';
export * from './config.js';
export * from './depends-on.js';
export * from './healthcheck.js';
export * from './service.js';
export * from './service-properties.js';
export * from './other-service-fields.js';
export * from './develop.js';
export * from './include.js';
export * from './ai-model.js';
export * from './service-handle.js';
export * from './service-props.js';
export * from './define-service.js';
export * from './included.js';
export * from './stack.js';
export * from './merge.js';
export * from './compile-service.js';
export * from './compile-compose.js';
export { escapeUnprintable, literalDollars } from './yaml-text.js';
export * from './checks/codes.js';
export * from './read/read-codes.js';
export { checkStack, type CheckStackOptions } from './checks/check-stack.js';
export type { ComposeIgnoreComments } from './checks/compose-ignores.js';
export { composeRules } from './checks/registry.js';
export { defineComposeRule, type AnyComposeRule, type ComposeReportOptions, type ComposeRule, type ComposeRuleContext, type ComposeRuleDocs, type ComposeRuleVisitors } from './checks/compose-rule.js';
export { serviceHealth } from './checks/service-health.js';
export { looksSecret } from './checks/rules/secret-in-environment.js';
export { leavesProject } from './checks/rules/bind-mount-leaves-project.js';
export { readCompose, type ReadComposeResult } from './read/read-compose.js';
export { composeStackSchema, serviceSchema, validateStack } from './schema.js';
export { checkComposeFile } from './read/check-compose-file.js';
export { attachKeySource, keySourceOf } from './key-source.js';
