/**
 * @dockerdsl/core — define container images and Compose stacks as typed objects, validate and
 * check them, and compile them to Dockerfiles. This entry point is what a config, a policy pack
 * or a preset author writes with; the parser, the check runner, quoting, output formats, the
 * stage graph, the lock file and source-location plumbing used by the CLI, editors and tests are
 * in `@dockerdsl/core/tooling` (see the package README: "What is in which entry point").
 *
 * @example
 * import { image, stage, toDockerfile } from '@dockerdsl/core';
 * const build = stage('build', { from: 'golang:1.22' }).copy('.', '.').run('go build -o /out/app .');
 * const runtime = stage('runtime', { from: 'scratch' }).copyFrom(build, '/out/app', '/app').entrypoint(['/app']);
 * console.log(toDockerfile(image('api', { stages: [build, runtime] })));
 *
 * @module @dockerdsl/core
 */
// The model a config builds, as types.
export { sh, type CommandForm, type ExecForm, type ShellForm } from './model/exec-form.js';
export type { ContextRef, CopySource, ImageRef, StageRef } from './model/references.js';
export type { SourceLocation } from './model/source-location.js';
export type { Stage, Suppressions } from './image/stage.js';
export type { BuildSettings, Directives, Image } from './image/image.js';
export type { JoinNames, TypeMessage } from './model/type-message.js';
// Builders.
export { StageBuilder, type AnyStage, type StageHandle } from './builders/stage-builder.js';
export { renameStage, stage, toStage } from './builders/stage-factory.js';
export * from './builders/image-builder.js';
export type { FromSource, MountInput, RunInput, StageOptions, StageSource } from './builders/stage-sources.js';
export type { CheckFromSource, CheckStageSource, ValidFromSource, ValidStageSource } from './builders/valid-stage-source.js';
// Instructions and mounts.
export { add, type AddInstruction, type AddOptions } from './instructions/add.js';
export { arg, type ArgInstruction } from './instructions/arg.js';
export { cmd, type CmdInstruction } from './instructions/cmd.js';
export { comment, type CommentStep } from './instructions/comment.js';
export { copy, type CopyInstruction, type CopyOptions, type FileSource, type InlineFile } from './instructions/copy.js';
export { entrypoint, type EntrypointInstruction } from './instructions/entrypoint.js';
export { env, type EnvInstruction } from './instructions/env.js';
export { expose, type ExposeInstruction, type PortSpec, type Protocol } from './instructions/expose.js';
export { healthcheck, healthcheckNone, type HealthcheckInstruction, type HealthcheckNoneInstruction, type HealthcheckTiming } from './instructions/healthcheck.js';
export type { Heredoc } from './instructions/heredoc.js';
export { label, type LabelInstruction } from './instructions/label.js';
export { maintainer, type MaintainerInstruction } from './instructions/maintainer.js';
export { bind, cache, secret, ssh, tmpfs, type BindMount, type CacheMount, type Mount, type SecretMount, type SshMount, type TmpfsMount } from './instructions/mount.js';
export { onbuild, type OnbuildInstruction, type OnbuildTrigger } from './instructions/onbuild.js';
export { run, script, type RunInstruction, type RunOptions } from './instructions/run.js';
export { shell, type ShellInstruction } from './instructions/shell.js';
export { stopsignal, type SignalName, type StopsignalInstruction } from './instructions/stopsignal.js';
export { user, type UserInstruction } from './instructions/user.js';
export { volume, type VolumeInstruction } from './instructions/volume.js';
export { workdir, type WorkdirInstruction } from './instructions/workdir.js';
export type { Instruction, InstructionKind } from './instructions/index.js';
// Build inputs an image declares.
export { buildContext, buildSecret, sshAgent, type BuildContext, type BuildInputs, type BuildSecret, type ContextSource, type Entitlement, type SshAgent, type SupplyChain } from './build-inputs/index.js';
// Compose stacks.
export * as compose from './compose/index.js';
// The config, validation and compilation of one image.
export { defineConfig, type ComposeStack, type DslConfig } from './config/config.js';
export { validateImage, type ValidationResult } from './validate/validate.js';
export { compileImage, toDockerfile, type CompileOptions, type CompileResult, type ImageCheck, type ImageHook } from './compile/compile-image.js';
// Diagnostics.
export { DslError, formatDiagnostic, hasErrors, type Diagnostic, type PathSegment, type Severity } from './diagnostics/diagnostic.js';
// Team rules and policy packs.
export { defineRule, type AnyRule, type CommandFact, type CommandSelector, type Rule, type RuleContext, type RuleDocs, type RuleMeta, type RuleTarget, type RuleVisitors, type ReportOptions, type StepVisitors } from './checks/rule.js';
export { definePolicyPack, type PolicyPack } from './checks/registry.js';
export type { RuleSeverities } from './checks/severity-config.js';
export { ImageFacts, type DockerfileText, type StageBase, type StageFact, type StepFact } from './checks/image-facts.js';
export { hasFlag, operands, type ShellCommand, type ShellScript } from './analysis/shell-script.js';
// A config that derives images from its repository's workspace layout.
export { goModuleClosure, readGoWork, readUvWorkspace, readWorkspace, uvMemberClosure, workspaceClosure, type GoModule, type GoWorkspace, type UvMember, type UvWorkspace, type Workspace, type WorkspaceClosure, type WorkspaceManager, type WorkspacePackage } from './workspace/index.js';
// A whole project to the files `dsl synth` writes, in memory.
export { synthProject, type SynthOptions, type SynthResult } from './synth/synth-project.js';
export type { SynthFile } from './synth/synth-files.js';
