/**
 * The one table from the model's camelCase property names to the Compose Specification's
 * snake_case keys. Keys that are the same in both spellings (`image`, `ports`) are not listed.
 * The compiler reads it one way, the Compose reader the other.
 *
 * @example
 * composeKeys.dependsOn; // 'depends_on'
 */
export const composeKeys = {
  additionalContexts: 'additional_contexts',
  appProtocol: 'app_protocol',
  auxAddresses: 'aux_addresses',
  ipRange: 'ip_range',
  blkioConfig: 'blkio_config',
  capAdd: 'cap_add',
  capDrop: 'cap_drop',
  cacheFrom: 'cache_from',
  cacheTo: 'cache_to',
  containerName: 'container_name',
  createHostPath: 'create_host_path',
  dependsOn: 'depends_on',
  dnsSearch: 'dns_search',
  driverOpts: 'driver_opts',
  endpointMode: 'endpoint_mode',
  envFile: 'env_file',
  extraHosts: 'extra_hosts',
  groupAdd: 'group_add',
  hostIp: 'host_ip',
  ipv4Address: 'ipv4_address',
  ipv6Address: 'ipv6_address',
  memLimit: 'mem_limit',
  networkMode: 'network_mode',
  pidsLimit: 'pids_limit',
  pullPolicy: 'pull_policy',
  readOnly: 'read_only',
  restartPolicy: 'restart_policy',
  securityOpt: 'security_opt',
  shmSize: 'shm_size',
  startInterval: 'start_interval',
  startPeriod: 'start_period',
  stdinOpen: 'stdin_open',
  stopGracePeriod: 'stop_grace_period',
  stopSignal: 'stop_signal',
  workingDir: 'working_dir',
  maxAttempts: 'max_attempts',
  enableIpv6: 'enable_ipv6',
  // Compose files of today: build options, develop.watch, include and models.
  dockerfileInline: 'dockerfile_inline',
  noCache: 'no_cache',
  initialSync: 'initial_sync',
  projectDirectory: 'project_directory',
  contextSize: 'context_size',
  runtimeFlags: 'runtime_flags',
  endpointVar: 'endpoint_var',
  modelVar: 'model_var',
} as const;

/**
 * A model property name that the spec spells differently.
 *
 * @example
 * const k: CamelKey = 'envFile';
 */
export type CamelKey = keyof typeof composeKeys;

const toCamel = new Map<string, string>(Object.entries(composeKeys).map(([camel, snake]) => [snake, camel]));

/**
 * The spec's key for a model property.
 *
 * @example
 * snakeKey('containerName'); // 'container_name'
 * snakeKey('image'); // 'image'
 */
export function snakeKey(camel: string): string {
  return (composeKeys as Record<string, string>)[camel] ?? camel;
}

/**
 * The model's property for a spec key.
 *
 * @example
 * camelKey('depends_on'); // 'dependsOn'
 */
export function camelKey(snake: string): string {
  return toCamel.get(snake) ?? snake;
}

/**
 * Copies an object's properties under their spec keys, in the given spec order, dropping
 * `undefined`. Keys not in `order` follow in alphabetical order, `x-*` extensions last.
 *
 * @example
 * specObject({ hostIp: '127.0.0.1', target: 80 }, ['target', 'host_ip']); // { target: 80, host_ip: '127.0.0.1' }
 */
export function specObject(value: object, order: readonly string[] = []): Record<string, unknown> {
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k.startsWith('x-') ? k : snakeKey(k), v] as const);
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i >= 0 ? i : key.startsWith('x-') ? order.length + 1 : order.length;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}
