import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isExecForm, type CommandForm } from '../model/exec-form.js';
import { compileServiceModels } from './ai-model.js';
import { compileDependsOn } from './depends-on.js';
import { compileDevelop } from './develop.js';
import { compileHealthcheck } from './healthcheck.js';
import { specObject } from './keys.js';
import { compilePort } from './port.js';
import { compileGrant } from './secret.js';
import type { Service, ServiceBuild } from './service.js';
import { compileMount } from './volume.js';
import { imageBuildInputs } from '../resolve/image-build-inputs.js';
import { sshSpec } from '../build-inputs/ssh-agent.js';

/**
 * Where things are: the project root (paths in the model are relative to it) and the output
 * directory the Compose file is written to (paths in the file are relative to that).
 *
 * @example
 * const layout: Layout = { projectDir: '/repo', outDir: '/repo/docker' };
 */
export interface Layout {
  projectDir: string;
  outDir: string;
  /** Which service builds each DSL image (for `service:` build contexts). */
  imageServices?: ReadonlyMap<string, string>;
}

/**
 * Rewrites a project-relative path so that it means the same from the output directory.
 * Absolute paths, `~` paths and interpolated paths are left alone.
 *
 * @example
 * fromOutDir('./web', { projectDir: '/repo', outDir: '/repo/docker' }); // '../web'
 */
export function fromOutDir(path: string, layout: Layout): string {
  if (isAbsolute(path) || path.startsWith('~') || path.includes('$')) return path;
  const rel = relative(resolve(layout.projectDir, layout.outDir), resolve(layout.projectDir, path)).split(sep).join('/');
  if (rel === '') return '.';
  return rel.startsWith('..') ? rel : `./${rel}`;
}

/**
 * The command line Compose runs. Shell form runs under `/bin/sh -c`, because a string
 * `command` in Compose is only split into words, never given to a shell.
 *
 * @example
 * commandLine({ shell: 'echo $HOME' }); // ['/bin/sh', '-c', 'echo $HOME']
 */
export function commandLine(command: CommandForm): string[] {
  return isExecForm(command) ? [...command] : ['/bin/sh', '-c', command.shell];
}

const buildOrder = ['context', 'dockerfile', 'args', 'target'];

function compileBuild(build: ServiceBuild, layout: Layout): Record<string, unknown> {
  const { image, ...rest } = build;
  const settings: Omit<ServiceBuild, 'image'> = { ...rest, ...writtenPaths(rest, layout) };
  if (image) {
    const context = build.context ?? image.context ?? '.';
    settings.context = context;
    settings.dockerfile = relative(resolve(layout.projectDir, context), resolve(layout.projectDir, layout.outDir, `${image.name}.Dockerfile`)).split(sep).join('/');
    settings.target = build.target ?? image.target;
    if (image.buildArgs || build.args) settings.args = { ...image.buildArgs, ...build.args };
    Object.assign(settings, withWritten(buildInputSettings(image, layout), settings));
  }
  if (settings.context !== undefined) settings.context = fromOutDir(settings.context, layout);
  return specObject({ ...settings, secrets: settings.secrets?.map((s) => (typeof s === 'string' ? s : compileGrant(s))) }, buildOrder);
}

/** Paths in written `additional_contexts` and `ssh` entries, rewritten for the output directory. */
function writtenPaths(build: Omit<ServiceBuild, 'image'>, layout: Layout): Partial<ServiceBuild> {
  const out: Partial<ServiceBuild> = {};
  // A value with a colon is a URL, `git@host:repo`, `docker-image://…`, `service:…` or `oci-layout://…`: kept as written.
  const contextPath = (v: string) => (v.includes(':') ? v : fromOutDir(v, layout));
  if (build.additionalContexts) out.additionalContexts = Object.fromEntries(Object.entries(build.additionalContexts).map(([k, v]) => [k, contextPath(v)]));
  if (build.ssh) {
    out.ssh = build.ssh.map((spec) => {
      const eq = spec.indexOf('=');
      return eq < 0 ? spec : `${spec.slice(0, eq)}=${spec.slice(eq + 1).split(',').map((p) => fromOutDir(p, layout)).join(',')}`;
    });
  }
  return out;
}

/**
 * An image's build inputs together with the same keys written on the service's `build` (an
 * imported file keeps them): secrets, ssh and entitlements once each, contexts by name with the
 * written value winning.
 */
function withWritten(inputs: Record<string, unknown>, build: ServiceBuild): Record<string, unknown> {
  const out = { ...inputs };
  const secretId = (s: unknown) => (typeof s === 'string' ? s : (s as { source: string }).source);
  const union = (key: 'secrets' | 'ssh' | 'entitlements', identity: (v: unknown) => string = String) => {
    const written = (build[key] ?? []) as unknown[];
    if (written.length === 0) return;
    const own = ((inputs[key] ?? []) as unknown[]).filter((v) => !written.some((w) => identity(w) === identity(v)));
    out[key] = [...written, ...own];
  };
  union('secrets', secretId);
  union('ssh', (v) => String(v).split('=')[0]!);
  union('entitlements');
  if (build.additionalContexts) out.additionalContexts = { ...(inputs.additionalContexts as object | undefined), ...build.additionalContexts };
  return out;
}

/**
 * An image's build inputs as Compose `build` keys: `secrets` (ids of top-level secrets),
 * `ssh`, `additional_contexts` (a project image as `service:<name>` when a service of the
 * stack builds it, else `docker-image://<name>:latest`) and `entitlements`.
 *
 * @example
 * buildInputSettings(app, { projectDir: '/repo', outDir: 'docker' }); // { secrets: ['npm_token'], ssh: ['default'] }
 */
export function buildInputSettings(image: NonNullable<ServiceBuild['image']>, layout: Layout): Record<string, unknown> {
  const inputs = imageBuildInputs(image);
  const path = (p: string): string => fromOutDir(p, layout);
  const contextValue = (c: (typeof inputs.contexts)[number]): string => {
    if (c.path !== undefined) return path(c.path);
    if (c.git !== undefined) return c.git;
    if (c.image !== undefined) return `docker-image://${c.image}`;
    const service = layout.imageServices?.get(c.project!);
    return service !== undefined ? `service:${service}` : `docker-image://${c.project}:latest`;
  };
  return {
    ...(inputs.secrets.length > 0 ? { secrets: inputs.secrets.map((s) => s.id) } : {}),
    ...(inputs.ssh.length > 0 ? { ssh: inputs.ssh.map((a) => sshSpec(a, path)) } : {}),
    ...(inputs.contexts.length > 0 ? { additionalContexts: Object.fromEntries(inputs.contexts.map((c) => [c.name, contextValue(c)])) } : {}),
    ...(inputs.entitlements.length > 0 ? { entitlements: inputs.entitlements } : {}),
  };
}

/**
 * A service as Compose YAML: spec keys in the order of the specification's service
 * reference (alphabetical), relative paths rewritten for the output directory.
 *
 * @example
 * compileService({ image: 'nginx', ports: [{ target: 80, published: 8080 }] }, { projectDir: '.', outDir: '.' });
 */
export function compileService(service: Partial<Service>, layout: Layout): Record<string, unknown> {
  const path = (p: string) => fromOutDir(p, layout);
  const s = service;
  return specObject({
    ...s,
    image: s.image ?? projectImageTag(s.build),
    build: s.build && compileBuild(s.build, layout),
    command: s.command && commandLine(s.command),
    entrypoint: s.entrypoint && commandLine(s.entrypoint),
    envFile: s.envFile?.map(path),
    ports: s.ports?.map(compilePort),
    volumes: s.volumes?.map((m) => compileMount(m, path)),
    networks: s.networks && Object.fromEntries(Object.entries(s.networks).map(([k, v]) => [k, v === null ? null : specObject(v, ['aliases', 'ipv4_address', 'ipv6_address', 'priority'])])),
    dependsOn: s.dependsOn && compileDependsOn(s.dependsOn),
    healthcheck: s.healthcheck && compileHealthcheck(s.healthcheck),
    secrets: s.secrets?.map(compileGrant),
    configs: s.configs?.map(compileGrant),
    deploy: s.deploy && compileDeploy(s.deploy),
    extends: s.extends && specObject({ ...s.extends, file: s.extends.file === undefined ? undefined : path(s.extends.file) }, ['service', 'file']),
    expose: s.expose?.map(String),
    develop: s.develop && compileDevelop(s.develop, path),
    models: s.models && compileServiceModels(s.models),
    // Silences dockerdsl's checks; nothing Compose reads.
    ignore: undefined,
  });
}

/**
 * The tag `dsl build` gives a project image a service builds, so `docker compose up` reuses that
 * image instead of building and storing a second copy under a Compose-made name. None when the
 * service builds another stage than the image's own target: that is a different image.
 */
function projectImageTag(build: ServiceBuild | undefined): string | undefined {
  if (!build?.image || (build.target !== undefined && build.target !== build.image.target)) return undefined;
  return build.image.tags?.[0];
}

function compileDeploy(deploy: NonNullable<Service['deploy']>): Record<string, unknown> {
  const resources = deploy.resources && specObject({ limits: deploy.resources.limits && specObject(deploy.resources.limits), reservations: deploy.resources.reservations && specObject(deploy.resources.reservations) }, ['limits', 'reservations']);
  return specObject({ ...deploy, resources, restartPolicy: deploy.restartPolicy && specObject(deploy.restartPolicy, ['condition', 'delay', 'max_attempts', 'window']) }, ['mode', 'replicas', 'labels', 'resources', 'restart_policy']);
}
