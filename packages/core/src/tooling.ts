/**
 * @dockerdsl/core/tooling — what the `dsl` CLI, presets, editor integrations and tests build on:
 * the Dockerfile parser, the check runner and rule registry, quoting and printing, diagnostic
 * output formats (SARIF included), the stage graph, the lock file, workspace manifest internals,
 * build-input collection, zod schemas and source-location plumbing. A config imports from
 * `@dockerdsl/core`; this entry point shares its module state (one rule registry, one source
 * capture switch), and no name is exported by both.
 *
 * @example
 * import { toDockerfile } from '@dockerdsl/core';
 * import { formatDiagnostics, parseDockerfile } from '@dockerdsl/core/tooling';
 * const { image, diagnostics } = parseDockerfile('FROM alpine:3.20\nRUN echo hi\n');
 * if (image) console.log(toDockerfile(image));
 * console.error(formatDiagnostics(diagnostics, 'json'));
 *
 * @module @dockerdsl/core/tooling
 */
// Schemas of the model and the instructions, and their lower-level helpers.
export { clearableCommandFormSchema, commandFormSchema, execFormSchema, isExecForm, shellFormSchema } from './model/exec-form.js';
export { copySourceSchema, copySourceText, referenceToken, stageNameOf, stageRefSchema } from './model/references.js';
export { reservedStageNames, stageSchema } from './image/stage.js';
export { imageSchema } from './image/image.js';
export { addSchema } from './instructions/add.js';
export { argSchema } from './instructions/arg.js';
export { cmdSchema } from './instructions/cmd.js';
export { commentSchema } from './instructions/comment.js';
export { copySchema } from './instructions/copy.js';
export { entrypointSchema } from './instructions/entrypoint.js';
export { envSchema } from './instructions/env.js';
export { exposeSchema } from './instructions/expose.js';
export { healthcheckSchema } from './instructions/healthcheck.js';
export { labelSchema } from './instructions/label.js';
export { maintainerSchema } from './instructions/maintainer.js';
export { mountSchema } from './instructions/mount.js';
export { runSchema } from './instructions/run.js';
export { shellSchema } from './instructions/shell.js';
export { signalNames, stopsignalSchema } from './instructions/stopsignal.js';
export { userSchema } from './instructions/user.js';
export { volumeSchema } from './instructions/volume.js';
export { workdirSchema } from './instructions/workdir.js';
export { instructionKinds, instructionSchema, onbuildSchema, printInstruction } from './instructions/index.js';
export { stageDependencies } from './builders/stage-factory.js';
// Source locations: capture switch, lookups, transformed-source (compiled config) mapping.
export { attachSource, captureSource, inheritSource, setSourceCapture, sourceOf } from './model/source-location.js';
export { originalPosition, setTransformedSourceLookup, type TransformedSource, type TransformedSourceLookup } from './model/transformed-source.js';
// Diagnostics: code tables, zod conversion, suggestions, output formats.
export { formatPath } from './diagnostics/diagnostic.js';
export * from './diagnostics/did-you-mean.js';
export * from './diagnostics/code-table.js';
export * from './diagnostics/schema-codes.js';
export { coreCodeSections, ruleCodeTable } from './diagnostic-codes.js';
export * from './diagnostics/from-zod.js';
export { formatDiagnostics, diagnosticFormats, type DiagnosticFormat } from './diagnostics/formats/index.js';
export { formatSarif, type SarifRule } from './diagnostics/formats/sarif.js';
// The stage graph.
export * from './resolve/stage-graph.js';
export * from './resolve/stage-graph-codes.js';
// Printing and quoting.
export * from './print/print-context.js';
export * from './print/quote.js';
export * from './compile/dockerfile.js';
export { splitShellChain } from './print/wrap-shell.js';
export { secretEnvSyntax, syntaxAtLeast } from './compile/frontend-features.js';
// Build inputs: schemas, collection across images, bake/CLI flag rendering.
export { bakeContextValue, buildContextSchema, buildInputCodes, buildInputsSchema, buildSecretSchema, contextDeclaration, secretSpec, sshAgentSchema, sshSpec, supplyChainSchema, type BuildInputCode } from './build-inputs/index.js';
export { collectBuildInputs, imageBuildInputs, type CollectedInputs } from './resolve/image-build-inputs.js';
export { checkBuildInputs, validateBuildInputs } from './resolve/validate-build-inputs.js';
// The Dockerfile parser.
export * from './parse/index.js';
// The check runner and the rule registry.
export { builtinRules, findRule, ruleRegistry } from './checks/registry.js';
export { checkImages, ruleCheck, ruleHook, type CheckOptions, type CheckResult } from './checks/check-images.js';
export { runRules, type RunRulesOptions } from './checks/run-rules.js';
export { effectiveSeverity, ruleConfigDiagnostics, shouldFail } from './checks/severity-config.js';
export { analyseShell } from './analysis/shell-script.js';
export { checkDockerfile, type DockerfileCheckOptions } from './checks/check-dockerfile.js';
// The lock file (`dsl lock`) and workspace manifest internals.
export * from './lock/index.js';
export { closureOrder, dependencyFields, detectManager, findCycles, internalDependencies, locateKey, normalizePythonName, readManifest, workspaceCodes, workspaceGlobs, workspaceLockfiles, type ManifestFile, type PackageManifest, type WorkspaceCode, type WorkspaceDependency } from './workspace/index.js';
// Synth's pieces the CLI and tools reuse: the bake file, image dependencies, the manifest, output names.
export { synthOutDir, manifestConfigPath } from './synth/synth-project.js';
export { plainImage } from './synth/compile-project.js';
export { bakeFile, resolveContext, supplyChainEntry, type BakeImage } from './synth/bake-file.js';
export { externalReferences, imageDependencies, imageTags } from './synth/image-deps.js';
export { projectTags } from './synth/project-tags.js';
export { lockProject, type SynthLock } from './synth/lock-project.js';
export { pinPushedImages, sameReference, type PushedImage } from './synth/pin-pushed.js';
export { contentHash, manifestText } from './synth/manifest-text.js';
export { buildFilePrefix, isPlainName, manifestName, outputLockName } from './synth/output-names.js';
export { compareCodeUnits } from './synth/code-unit-order.js';
export { withHeader } from './synth/dockerfile-header.js';
export { errorSummary, synthCodeTable, synthCodes } from './synth/synth-codes.js';
