import { z } from 'zod';
import { diagnosticsFromZod } from '../diagnostics/from-zod.js';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import { commandFormSchema } from '../model/exec-form.js';
import { duration } from '../model/primitives.js';
import { loneSurrogateIssues } from '../validate/well-formed.js';
import type { ComposeStack } from './stack.js';

/** An object with the given keys plus any `x-*` extension; other keys are reported as unknown. */
function withExtensions<S extends z.ZodRawShape>(shape: S) {
  return z.looseObject(shape).superRefine((value, ctx) => {
    const unknown = Object.keys(value).filter((k) => !(k in shape) && !k.startsWith('x-'));
    if (unknown.length > 0) ctx.addIssue({ code: 'unrecognized_keys', keys: unknown, input: value });
  });
}

const name = z.string().regex(/^[a-zA-Z0-9._-]+$/, { error: 'a name holds letters, digits, ., _ and -' });
const strings = z.array(z.string());
const record = z.record(z.string(), z.string());
const port = z.strictObject({
  target: z.number().int().min(0).max(65535),
  published: z.union([z.number().int().min(0).max(65535), z.string().regex(/^\d+(?:-\d+)?$/, { error: 'a published port or range such as 8080 or 8000-8010' })]).optional(),
  hostIp: z.string().optional(),
  protocol: z.enum(['tcp', 'udp', 'sctp']).optional(),
  mode: z.enum(['host', 'ingress']).optional(),
  name: z.string().optional(),
  appProtocol: z.string().optional(),
});
const mount = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('volume'), source: name.optional(), target: z.string().min(1), readOnly: z.boolean().optional(), volume: z.strictObject({ nocopy: z.boolean().optional(), subpath: z.string().optional() }).optional() }),
  z.strictObject({ type: z.literal('bind'), source: z.string().min(1), target: z.string().min(1), readOnly: z.boolean().optional(), bind: z.strictObject({ propagation: z.string().optional(), createHostPath: z.boolean().optional(), selinux: z.enum(['z', 'Z']).optional() }).optional() }),
  z.strictObject({ type: z.literal('tmpfs'), target: z.string().min(1), tmpfs: z.strictObject({ size: z.union([z.number(), z.string()]).optional(), mode: z.number().optional() }).optional() }),
]);
const grant = z.strictObject({ source: name, target: z.string().optional(), uid: z.string().optional(), gid: z.string().optional(), mode: z.number().int().optional() });
const stringOrList = z.union([z.string(), strings]);
const buildSecret = z.union([z.string().min(1), grant]);
const ulimit = z.union([z.number().int(), z.string(), z.strictObject({ soft: z.union([z.number().int(), z.string()]), hard: z.union([z.number().int(), z.string()]) })]);
const flag = z.union([z.boolean(), z.string()]);
const hook = withExtensions({ command: z.union([z.string(), strings]), user: z.string().optional(), privileged: z.boolean().optional(), workingDir: z.string().optional(), environment: z.record(z.string(), z.string().nullable()).optional() });
const watchRule = withExtensions({
  path: z.string().min(1), action: z.enum(['rebuild', 'sync', 'restart', 'sync+restart', 'sync+exec']), target: z.string().optional(),
  ignore: stringOrList.optional(), include: stringOrList.optional(), initialSync: z.boolean().optional(), exec: hook.optional(),
});
const serviceModels = z.union([z.array(name), z.record(name, withExtensions({ endpointVar: z.string().optional(), modelVar: z.string().optional() }).nullable())]);
const includeEntry = z.union([z.string().min(1), z.strictObject({ path: stringOrList, envFile: stringOrList.optional(), projectDirectory: z.string().optional() })]);
const aiModel = withExtensions({ model: z.string().min(1), name: z.string().optional(), contextSize: z.number().int().optional(), runtimeFlags: strings.optional() });
const resources = z.strictObject({ cpus: z.union([z.string(), z.number()]).optional(), memory: z.string().optional(), pids: z.number().int().optional() });

const shapes = {
  build: {
    image: z.custom<object>((v) => v !== null && typeof v === 'object', { error: 'expected a DSL image' }).optional(),
    context: z.string().optional(), dockerfile: z.string().optional(), target: z.string().optional(), args: record.optional(), labels: record.optional(),
    cacheFrom: strings.optional(), cacheTo: strings.optional(), platforms: strings.optional(), tags: strings.optional(), network: z.string().optional(),
    shmSize: z.union([z.string(), z.number()]).optional(), extraHosts: strings.optional(),
    dockerfileInline: z.string().optional(), secrets: z.array(buildSecret).optional(), ssh: strings.optional(), additionalContexts: record.optional(),
    entitlements: strings.optional(), noCache: flag.optional(), pull: flag.optional(), privileged: flag.optional(), isolation: z.string().optional(),
    provenance: flag.optional(), sbom: flag.optional(), ulimits: z.record(z.string(), ulimit).optional(),
  },
  healthcheck: {
    test: commandFormSchema.optional(), interval: duration.optional(), timeout: duration.optional(), startPeriod: duration.optional(),
    startInterval: duration.optional(), retries: z.number().int().min(0).optional(), disable: z.boolean().optional(),
  },
  deploy: {
    mode: z.enum(['replicated', 'global']).optional(), replicas: z.number().int().min(0).optional(),
    resources: z.strictObject({ limits: resources.optional(), reservations: resources.optional() }).optional(),
    restartPolicy: z.strictObject({ condition: z.enum(['none', 'on-failure', 'any']).optional(), delay: duration.optional(), maxAttempts: z.number().int().optional(), window: duration.optional() }).optional(),
    labels: record.optional(),
  },
};

const serviceShape = {
  image: z.string().min(1).optional(), build: withExtensions(shapes.build).optional(), containerName: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/).optional(),
  command: commandFormSchema.optional(), entrypoint: commandFormSchema.optional(), workingDir: z.string().optional(), user: z.string().optional(),
  environment: z.record(z.string(), z.string().nullable()).optional(), envFile: strings.optional(), ports: z.array(port).optional(),
  expose: z.array(z.union([z.number(), z.string()])).optional(), volumes: z.array(mount).optional(), tmpfs: strings.optional(),
  networks: z.record(name, z.strictObject({ aliases: strings.optional(), ipv4Address: z.string().optional(), ipv6Address: z.string().optional(), priority: z.number().optional() }).nullable()).optional(),
  networkMode: z.string().optional(),
  dependsOn: z.record(name, z.strictObject({ condition: z.enum(['service_started', 'service_healthy', 'service_completed_successfully']), restart: z.boolean().optional(), required: z.boolean().optional() })).optional(),
  healthcheck: z.strictObject(shapes.healthcheck).optional(),
  restart: z.string().regex(/^(?:no|always|unless-stopped|on-failure(?::\d+)?)$/, { error: 'a restart policy is no, always, unless-stopped or on-failure[:N]' }).optional(),
  secrets: z.array(grant).optional(), configs: z.array(grant).optional(), profiles: strings.optional(), deploy: z.strictObject(shapes.deploy).optional(),
  extends: z.strictObject({ service: z.string().min(1), file: z.string().optional() }).optional(), labels: record.optional(), hostname: z.string().optional(),
  init: z.boolean().optional(), readOnly: z.boolean().optional(), tty: z.boolean().optional(), stdinOpen: z.boolean().optional(), stopSignal: z.string().optional(),
  stopGracePeriod: duration.optional(), pullPolicy: z.enum(['always', 'never', 'missing', 'build', 'if_not_present']).optional(), platform: z.string().optional(),
  capAdd: strings.optional(), capDrop: strings.optional(), securityOpt: strings.optional(), extraHosts: strings.optional(), privileged: z.boolean().optional(),
  develop: withExtensions({ watch: z.array(watchRule).optional() }).nullable().optional(), models: serviceModels.optional(),
  ignore: record.optional(),
};

const resource = z.looseObject({}).nullable();

/**
 * Schema of a plain stack, for stacks written in JavaScript or JSON and for what the reader
 * passes through: unknown keys (except `x-*`), wrong types and invalid values are DSL1xxx
 * diagnostics. Spec keys the model keeps as written (see `otherServiceKeys`) are accepted.
 *
 * @example
 * composeStackSchema.safeParse({ services: { web: { image: 'nginx' } } }).success; // true
 */
export const composeStackSchema = withExtensions({
  name: z.string().optional(),
  include: z.array(includeEntry).optional(),
  services: z.record(name, z.looseObject({})),
  models: z.record(name, aiModel).optional(),
  networks: z.record(name, resource).optional(),
  volumes: z.record(name, resource).optional(),
  secrets: z.record(name, z.looseObject({})).optional(),
  configs: z.record(name, z.looseObject({})).optional(),
  file: z.string().optional(),
  ignore: record.optional(),
  variants: z.array(z.strictObject({ file: z.string().min(1), mode: z.enum(['override', 'standalone']), patch: z.looseObject({}) })).optional(),
});

/**
 * Schema of one service (all its keys optional, so it also checks override patches).
 *
 * @example
 * serviceSchema.safeParse({ image: 'nginx', restart: 'always' }).success; // true
 */
export const serviceSchema = withExtensions(serviceShape);

// Parsed without zod's generated object parsers: zod compiles one with `new Function` the first
// time each object schema parses, which pays off over many parses, but a stack is validated
// once per run, and on a cold start (a `dsl synth`) compiling them cost more than validating:
// 9-18 ms against 3-5 ms for the example project's stack. Same result either way.
const once = { jitless: true } as const;

/**
 * Validates a stack's shape and each service's; returns DSL1xxx diagnostics with paths (and
 * source locations where the objects know them). Keys the model keeps as written pass.
 *
 * @example
 * validateStack({ services: { web: { imag: 'nginx' } } }); // DSL1003 'imag' (did you mean 'image'?)
 */
export function validateStack(input: unknown, prefix: PathSegment[], passThrough: readonly string[] = []): Diagnostic[] {
  const top = composeStackSchema.safeParse(input, once);
  const out: Diagnostic[] = [];
  if (!top.success) {
    out.push(...diagnosticsFromZod(top.error.issues, input, prefix, (path) => (path.length === 0 ? Object.keys(composeStackSchema.shape) : [])));
    // An error elsewhere in the file (a network, a model) does not hide the services' errors.
    if (top.error.issues.some((i) => i.path[0] === 'services' || i.path[0] === 'variants' || i.path.length === 0)) return out;
  }
  const stack = input as ComposeStack;
  const tables = [['services', stack.services] as const, ...(stack.variants ?? []).map((v, i) => [['variants', i, 'patch', 'services'], v.patch.services ?? {}] as const)];
  for (const [at, services] of tables) {
    for (const [key, service] of Object.entries(services)) {
      const own = Object.fromEntries(Object.entries(service).filter(([k]) => !passThrough.includes(k)));
      const result = serviceSchema.safeParse(own, once);
      const path = [...prefix, ...(typeof at === 'string' ? [at] : at), key];
      if (!result.success) out.push(...diagnosticsFromZod(result.error.issues, service, path, (p) => knownServiceKeys(p)));
    }
  }
  // Shape is fine; text must still be writable as UTF-8.
  if (out.length === 0 && top.success) out.push(...diagnosticsFromZod(loneSurrogateIssues(input) as unknown as z.core.$ZodIssue[], input, prefix));
  return out;
}

function knownServiceKeys(path: readonly PathSegment[]): string[] {
  if (path.length === 0) return Object.keys(serviceShape);
  const field = path[0] as keyof typeof shapes;
  return path.length === 1 && field in shapes ? Object.keys(shapes[field]) : [];
}
