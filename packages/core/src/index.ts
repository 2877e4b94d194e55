/**
 * @dockerdsl/core — define container images as typed objects, validate and check them, and
 * compile them to Dockerfiles.
 *
 * @example
 * import { image, stage, toDockerfile } from '@dockerdsl/core';
 * const build = stage('build', { from: 'golang:1.22' }).copy('.', '.').run('go build -o /out/app .');
 * const runtime = stage('runtime', { from: 'scratch' }).copyFrom(build, '/out/app', '/app').entrypoint(['/app']);
 * console.log(toDockerfile(image('api', { stages: [build, runtime] })));
 *
 * @module @dockerdsl/core
 */
export * from './model/exec-form.js';
export * from './model/references.js';
export * from './model/source-location.js';
export { originalPosition, setTransformedSourceLookup, type TransformedSource, type TransformedSourceLookup } from './model/transformed-source.js';
export * from './model/stage.js';
export * from './model/image.js';
export { add, addSchema, type AddInstruction, type AddOptions } from './instructions/add.js';
export { arg, argSchema, type ArgInstruction } from './instructions/arg.js';
export { cmd, cmdSchema, type CmdInstruction } from './instructions/cmd.js';
export { comment, commentSchema, type CommentStep } from './instructions/comment.js';
export { copy, copySchema, type CopyInstruction, type CopyOptions, type FileSource, type InlineFile } from './instructions/copy.js';
export { entrypoint, entrypointSchema, type EntrypointInstruction } from './instructions/entrypoint.js';
export { env, envSchema, type EnvInstruction } from './instructions/env.js';
export { expose, exposeSchema, type ExposeInstruction, type PortSpec, type Protocol } from './instructions/expose.js';
export { healthcheck, healthcheckNone, healthcheckSchema, type HealthcheckInstruction, type HealthcheckNoneInstruction, type HealthcheckTiming } from './instructions/healthcheck.js';
export type { Heredoc } from './instructions/heredoc.js';
export { label, labelSchema, type LabelInstruction } from './instructions/label.js';
export { maintainer, maintainerSchema, type MaintainerInstruction } from './instructions/maintainer.js';
export { bind, cache, mountSchema, secret, ssh, tmpfs, type BindMount, type CacheMount, type Mount, type SecretMount, type SshMount, type TmpfsMount } from './instructions/mount.js';
export { onbuild, type OnbuildInstruction, type OnbuildTrigger } from './instructions/onbuild.js';
export { run, runSchema, script, type RunInstruction, type RunOptions } from './instructions/run.js';
export { shell, shellSchema, type ShellInstruction } from './instructions/shell.js';
export { signalNames, stopsignal, stopsignalSchema, type SignalName, type StopsignalInstruction } from './instructions/stopsignal.js';
export { user, userSchema, type UserInstruction } from './instructions/user.js';
export { volume, volumeSchema, type VolumeInstruction } from './instructions/volume.js';
export { workdir, workdirSchema, type WorkdirInstruction } from './instructions/workdir.js';
export { instructionKinds, instructionSchema, onbuildSchema, printInstruction, type Instruction, type InstructionKind } from './instructions/index.js';
export * from './builders/stage-builder.js';
export * from './builders/stage-factory.js';
export type { CheckFromSource, CheckStageSource } from './builders/stage-name-check.js';
export type { JoinNames, TypeMessage } from './model/type-message.js';
export * from './builders/image-builder.js';
export * from './diagnostics/diagnostic.js';
export * from './diagnostics/did-you-mean.js';
export * from './diagnostics/schema-codes.js';
export * from './diagnostics/from-zod.js';
export * from './validate.js';
export * from './resolve/stage-graph.js';
export * from './resolve/stage-graph-codes.js';
export * from './compile/print-context.js';
export * from './compile/quote.js';
export * from './compile/dockerfile.js';
export * from './compile/compile-image.js';
export * from './config.js';
export * from './build-inputs/index.js';
export * from './parse/index.js';
export * as compose from './compose/index.js';
export { defineRule, type AnyRule, type CommandFact, type Rule, type RuleContext, type RuleDocs, type RuleMeta, type RuleTarget, type RuleVisitors, type ReportOptions, type StepVisitors } from './checks/rule.js';
export { builtinRules, definePolicyPack, findRule, ruleRegistry, type PolicyPack } from './checks/registry.js';
export { checkImages, ruleCheck, type CheckOptions, type CheckResult } from './checks/check-images.js';
export { runRules, type RunRulesOptions } from './checks/run-rules.js';
export { effectiveSeverity, ruleConfigDiagnostics, shouldFail, type RuleSeverities } from './checks/severity-config.js';
export { ImageFacts, type StageFact, type StepFact, type StageBase, type DockerfileText } from './checks/image-facts.js';
export { analyseShell, hasFlag, operands, type ShellCommand, type ShellScript } from './checks/shell-script.js';
export { formatDiagnostics, diagnosticFormats, type DiagnosticFormat } from './diagnostics/formats/index.js';
export { formatSarif, type SarifRule } from './diagnostics/formats/sarif.js';
export { checkDockerfile, type DockerfileCheckOptions } from './checks/check-dockerfile.js';
export { splitShellChain } from './compile/wrap-shell.js';
export * from './lock/index.js';
export * from './workspace/index.js';
export { secretEnvSyntax, syntaxAtLeast } from './compile/frontend-features.js';
export * from './synth/index.js';
