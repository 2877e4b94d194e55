import type { AnyRule } from './rule.js';
import { copyFromUnknownStage } from './rules/copy-from-unknown-stage.js';
import { forwardStageReference } from './rules/forward-stage-reference.js';
import { undefinedVariable } from './rules/undefined-variable.js';
import { undefinedArgInFrom } from './rules/undefined-arg-in-from.js';
import { invalidDefaultArgInFrom } from './rules/invalid-default-arg-in-from.js';
import { globalArgNotRedeclared } from './rules/global-arg-not-redeclared.js';
import { stageNameCasing } from './rules/stage-name-casing.js';
import { reservedStageName } from './rules/reserved-stage-name.js';
import { unusedStage } from './rules/unused-stage.js';
import { envSelfReference } from './rules/env-self-reference.js';
import { copyFromVariable } from './rules/copy-from-variable.js';
import { redundantTargetPlatform } from './rules/redundant-target-platform.js';
import { fromPlatformFlagConst } from './rules/from-platform-flag-const.js';
import { suppressionWithoutReason } from './rules/suppression-without-reason.js';
import { jsonArgsRecommended } from './rules/json-args-recommended.js';
import { maintainerDeprecated } from './rules/maintainer-deprecated.js';
import { multipleInstructions } from './rules/multiple-instructions.js';
import { workdirRelativePath } from './rules/workdir-relative-path.js';
import { shellCmdWithExecEntrypoint } from './rules/shell-cmd-with-exec-entrypoint.js';
import { untaggedImage } from './rules/untagged-image.js';
import { latestTag } from './rules/latest-tag.js';
import { exposeProtoCasing } from './rules/expose-proto-casing.js';
import { exposeInvalidFormat } from './rules/expose-invalid-format.js';
import { rootUser } from './rules/root-user.js';
import { secretsInArgEnv } from './rules/secrets-in-arg-env.js';
import { sudoUsed } from './rules/sudo-used.js';
import { addInsteadOfCopy } from './rules/add-instead-of-copy.js';
import { addRemoteWithoutChecksum } from './rules/add-remote-without-checksum.js';
import { pipeToShell } from './rules/pipe-to-shell.js';
import { runCd } from './rules/run-cd.js';
import { aptGetMissingYes } from './rules/apt-get-missing-yes.js';
import { aptNoInstallRecommends } from './rules/apt-no-install-recommends.js';
import { aptListsNotCleaned } from './rules/apt-lists-not-cleaned.js';
import { aptPinVersion } from './rules/apt-pin-version.js';
import { aptInsteadOfAptGet } from './rules/apt-instead-of-apt-get.js';
import { updateWithoutInstall } from './rules/update-without-install.js';
import { upgradeInImage } from './rules/upgrade-in-image.js';
import { apkNoCache } from './rules/apk-no-cache.js';
import { apkPinVersion } from './rules/apk-pin-version.js';
import { pipNoCacheDir } from './rules/pip-no-cache-dir.js';
import { pipPinVersion } from './rules/pip-pin-version.js';
import { npmPinVersion } from './rules/npm-pin-version.js';
import { pipefailMissing } from './rules/pipefail-missing.js';
import { tlsVerificationDisabled } from './rules/tls-verification-disabled.js';
import { unsignedPackages } from './rules/unsigned-packages.js';
import { exposeSsh } from './rules/expose-ssh.js';
import { privilegedBuildStep } from './rules/privileged-build-step.js';
import { workdirSystemDir } from './rules/workdir-system-dir.js';
import { consecutiveRun } from './rules/consecutive-run.js';
import { nonsenseCommand } from './rules/nonsense-command.js';
import { changeDefaultShell } from './rules/change-default-shell.js';
import { curlAndWget } from './rules/curl-and-wget.js';
import { wgetProgress } from './rules/wget-progress.js';
import { useraddHighUid } from './rules/useradd-high-uid.js';
import { rpmPackageHygiene } from './rules/rpm-package-hygiene.js';
import { copyWholeFilesystem } from './rules/copy-whole-filesystem.js';
import { multiSourceDestination } from './rules/multi-source-destination.js';
import { copyRelativeWithoutWorkdir } from './rules/copy-relative-without-workdir.js';
import { consistentInstructionCasing } from './rules/consistent-instruction-casing.js';
import { fromAsCasing } from './rules/from-as-casing.js';
import { legacyKeyValueFormat } from './rules/legacy-key-value-format.js';
import { copyIgnoredFile } from './rules/copy-ignored-file.js';
import { pipExtraIndexUrl } from './rules/pip-extra-index-url.js';
import { chpasswdUsed } from './rules/chpasswd-used.js';
import { dockerSocket } from './rules/docker-socket.js';
import { cacheMountSharing } from './rules/cache-mount-sharing.js';
import { goInstallPinVersion } from './rules/go-install-pin-version.js';
import { healthcheckMissing } from './rules/healthcheck-missing.js';
import { invalidDefinitionDescription } from './rules/invalid-definition-description.js';

/**
 * Every built-in rule, in code order. Policy packs add their own rules next to these.
 *
 * @example
 * runRules(image, { rules: builtinRules });
 */
export const builtinRules: readonly AnyRule[] = [
  copyFromUnknownStage,
  forwardStageReference,
  undefinedVariable,
  undefinedArgInFrom,
  invalidDefaultArgInFrom,
  globalArgNotRedeclared,
  stageNameCasing,
  reservedStageName,
  unusedStage,
  envSelfReference,
  copyFromVariable,
  redundantTargetPlatform,
  fromPlatformFlagConst,
  suppressionWithoutReason,
  jsonArgsRecommended,
  maintainerDeprecated,
  multipleInstructions,
  workdirRelativePath,
  shellCmdWithExecEntrypoint,
  untaggedImage,
  latestTag,
  exposeProtoCasing,
  exposeInvalidFormat,
  rootUser,
  secretsInArgEnv,
  sudoUsed,
  addInsteadOfCopy,
  addRemoteWithoutChecksum,
  pipeToShell,
  runCd,
  aptGetMissingYes,
  aptNoInstallRecommends,
  aptListsNotCleaned,
  aptPinVersion,
  aptInsteadOfAptGet,
  updateWithoutInstall,
  upgradeInImage,
  apkNoCache,
  apkPinVersion,
  pipNoCacheDir,
  pipPinVersion,
  npmPinVersion,
  pipefailMissing,
  tlsVerificationDisabled,
  unsignedPackages,
  exposeSsh,
  privilegedBuildStep,
  workdirSystemDir,
  consecutiveRun,
  nonsenseCommand,
  changeDefaultShell,
  curlAndWget,
  wgetProgress,
  useraddHighUid,
  rpmPackageHygiene,
  copyWholeFilesystem,
  multiSourceDestination,
  copyRelativeWithoutWorkdir,
  consistentInstructionCasing,
  fromAsCasing,
  legacyKeyValueFormat,
  copyIgnoredFile,
  pipExtraIndexUrl,
  chpasswdUsed,
  dockerSocket,
  cacheMountSharing,
  goInstallPinVersion,
  healthcheckMissing,
  invalidDefinitionDescription,
];

/**
 * A set of rules a team publishes in its preset package and registers in its config.
 *
 * @example
 * export const acmePolicy = definePolicyPack({ name: '@acme/docker-policy', rules: [acmeRegistryOnly] });
 */
export interface PolicyPack {
  name: string;
  rules: readonly AnyRule[];
}

/**
 * Declares a policy pack (checks that its rule codes do not clash with each other).
 *
 * @example
 * export default definePolicyPack({ name: '@acme/docker-policy', rules: [acmeRegistryOnly] });
 */
export function definePolicyPack(pack: PolicyPack): PolicyPack {
  const seen = new Set<string>();
  for (const rule of pack.rules) {
    if (seen.has(rule.code)) throw new TypeError(`policy pack ${pack.name} defines ${rule.code} twice`);
    seen.add(rule.code);
  }
  return pack;
}

/**
 * The built-in rules plus the rules of the given policy packs. A pack rule that reuses a
 * built-in code or name is refused, so codes stay stable and unique.
 *
 * @example
 * const rules = ruleRegistry([acmePolicy]);
 */
export function ruleRegistry(packs: readonly PolicyPack[] = []): readonly AnyRule[] {
  if (packs.length === 0) return builtinRules;
  const codes = new Map(builtinRules.map((r) => [r.code, 'built-in rules']));
  const names = new Set(builtinRules.map((r) => r.name));
  const rules = [...builtinRules];
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const owner = codes.get(rule.code);
      if (owner) throw new TypeError(`policy pack ${pack.name}: code ${rule.code} is already used by ${owner}`);
      if (names.has(rule.name)) throw new TypeError(`policy pack ${pack.name}: rule name ${rule.name} is already used`);
      codes.set(rule.code, pack.name);
      names.add(rule.name);
      rules.push(rule);
    }
  }
  return rules;
}

/**
 * Finds a rule by code or name.
 *
 * @example
 * findRule('DSL3007')?.name; // 'LatestTag'
 */
export function findRule(codeOrName: string, rules: readonly AnyRule[] = builtinRules): AnyRule | undefined {
  return rules.find((r) => r.code === codeOrName || r.name === codeOrName);
}
