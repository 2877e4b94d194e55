// A reading of BuildKit's instruction parser (frontend/dockerfile/instructions: parse.go,
// bflag.go, commands_runmount.go, commands_rundevice.go), written for tests. `readDockerfile`
// gives the same JSON the BuildKit oracle prints for the committed goldens: stages and commands
// after expansion, with every variable set to its own `${NAME}` reference.
import { parseDockerfile, parseHeredoc, trimSpace, type InstructionNode } from './parser.js';
import { ShellLexer, symbolicEnv, type Env } from './shell-lexer.js';
import { parseDevice, parseMount, type MountJson } from './mounts.js';

/** A JSON value as the oracle prints it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A stage as the oracle prints it. */
export interface StageJson {
  base: string;
  name: string;
  platform: string;
  commands: Array<Record<string, Json>> | null;
}

/** A whole Dockerfile as the oracle prints it (plus `_devices` on RUN, which it leaves out). */
export interface DockerfileJson {
  metaArgs: Array<{ Args: Json[] }> | null;
  stages: StageJson[];
}

type FlagKind = 'string' | 'bool' | 'strings';
const flagsOf: Record<string, Record<string, FlagKind>> = {
  from: { platform: 'string' },
  add: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'strings' },
  copy: { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'strings', parents: 'bool' },
  run: { mount: 'strings', network: 'string', security: 'string', device: 'strings' },
  healthcheck: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
};

/** BuildKit's BFlags.Parse: known flags only, bool values true/false, strings repeatable. */
function parseFlags(keyword: string, words: string[]): { values: Map<string, string | string[]>; used: string[] } {
  const known = flagsOf[keyword] ?? {};
  const values = new Map<string, string | string[]>();
  for (const word of words) {
    if (word === '--') break;
    if (!word.startsWith('--')) throw new Error(`arg should start with -- : ${word}`);
    const at = word.indexOf('=');
    const name = (at === -1 ? word : word.slice(0, at)).slice(2);
    const value = at === -1 ? undefined : word.slice(at + 1);
    const kind = known[name];
    if (!kind) throw new Error(`unknown flag: --${name}`);
    if (values.has(name) && kind !== 'strings') throw new Error(`duplicate flag specified: --${name}`);
    if (kind === 'bool') {
      if (value === '') throw new Error(`missing a value on flag: --${name}`);
      const lower = (value ?? '').toLowerCase();
      if (lower !== 'true' && lower !== 'false' && lower !== '') throw new Error(`expecting boolean value for flag --${name}, not: ${value}`);
      values.set(name, lower === 'false' ? 'false' : 'true');
    } else {
      if (value === undefined) throw new Error(`missing a value on flag: --${name}`);
      values.set(name, kind === 'strings' ? [...((values.get(name) as string[] | undefined) ?? []), value] : value);
    }
  }
  return { values, used: [...values.keys()].sort() };
}

const args = (node: InstructionNode): string[] => (node.args.pairs ? node.args.pairs.flat() : node.args.values);
const shellCommandLine = (node: InstructionNode): string[] => (node.args.json ? node.args.values : node.args.values.length > 0 ? [node.args.values.join(' ')] : []);
const goDuration = (text: string | undefined): number => {
  if (!text) return 0;
  const units: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) total += Number(n) * units[unit!]!;
  return Math.round(total);
};

/**
 * Reads Dockerfile text the way BuildKit does, down to the values after expansion. Throws
 * where BuildKit reports an error.
 *
 * @example
 * readDockerfile('FROM busybox\nENV A="x y"\n').stages[0]!.commands; // [{ Env: [{ Key: 'A', NoDelim: false, Value: 'x y' }], _kind: 'EnvCommand' }]
 */
export function readDockerfile(text: string, env: Env = symbolicEnv): DockerfileJson {
  const parsed = parseDockerfile(text);
  const lexer = new ShellLexer(parsed.escapeToken);
  const expand = (word: string): string => lexer.processWord(word, env);
  const metaArgs: Array<{ Args: Json[] }> = [];
  const stages: StageJson[] = [];
  for (const node of parsed.instructions) {
    const keyword = node.command.toLowerCase();
    const command = readCommand(node, keyword, expand);
    if (keyword === 'from') {
      stages.push(command as unknown as StageJson);
      continue;
    }
    if (keyword === 'arg' && stages.length === 0) {
      metaArgs.push({ Args: command.Args as Json[] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error('no build stage in current context');
    (stage.commands ??= []).push(command);
  }
  return { metaArgs: metaArgs.length > 0 ? metaArgs : null, stages };
}

function readCommand(node: InstructionNode, keyword: string, expand: (word: string) => string): Record<string, Json> {
  const list = args(node);
  const { values: flags, used } = parseFlags(keyword, node.flags);
  const str = (name: string): string => (flags.get(name) as string | undefined) ?? '';
  const bool = (name: string): boolean => flags.get(name) === 'true';
  const strs = (name: string): string[] | null => (flags.get(name) as string[] | undefined) ?? null;
  switch (keyword) {
    case 'from': {
      if (!(list.length === 1 || (list.length === 3 && list[1]!.toLowerCase() === 'as'))) throw new Error('FROM requires either one or three arguments');
      const name = list.length === 3 ? list[2]!.toLowerCase() : '';
      if (name && !/^[a-z][a-z0-9-_.]*$/.test(name)) throw new Error(`invalid name for build stage: ${JSON.stringify(list[2])}`);
      return { base: list[0]!, commands: null, name, platform: str('platform') };
    }
    case 'arg':
      if (list.length === 0) throw new Error('ARG requires at least one argument');
      return {
        Args: list.map((word) => {
          const at = word.indexOf('=');
          if (at === 0) throw new Error('ARG names can not be blank');
          return { DocComment: '', Key: expand(at === -1 ? word : word.slice(0, at)), Value: at === -1 ? null : expand(word.slice(at + 1)) };
        }),
        _kind: 'ArgCommand',
      };
    case 'env':
    case 'label': {
      if (list.length === 0) throw new Error(`${keyword.toUpperCase()} requires at least one argument`);
      const pairs = node.args.pairs!.map(([key, value, sep]) => {
        if (key === '') throw new Error(`${keyword.toUpperCase()} names can not be blank`);
        return { Key: expand(key), NoDelim: sep === '', Value: expand(value) };
      });
      return keyword === 'env' ? { Env: pairs, _kind: 'EnvCommand' } : { Labels: pairs, _kind: 'LabelCommand' };
    }
    case 'maintainer':
      if (list.length !== 1) throw new Error('MAINTAINER requires exactly one argument');
      return { Maintainer: list[0]!, _kind: 'MaintainerCommand' };
    case 'expose':
      if (list.length === 0) throw new Error('EXPOSE requires at least one argument');
      return { Ports: [...list].sort(byBytes), _kind: 'ExposeCommand' };
    case 'user':
    case 'workdir':
    case 'stopsignal': {
      if (list.length !== 1) throw new Error(`${keyword.toUpperCase()} requires exactly one argument`);
      const value = expand(list[0]!);
      return keyword === 'user' ? { User: value, _kind: 'UserCommand' } : keyword === 'workdir' ? { Path: value, _kind: 'WorkdirCommand' } : { Signal: value, _kind: 'StopSignalCommand' };
    }
    case 'volume':
      if (list.length === 0) throw new Error('VOLUME requires at least one argument');
      return {
        Volumes: list.map((v) => {
          const trimmed = trimSpace(v);
          if (trimmed === '') throw new Error('VOLUME specified can not be an empty string');
          return expand(trimmed);
        }),
        _kind: 'VolumeCommand',
      };
    case 'shell':
      if (!node.args.json || list.length === 0) throw new Error('SHELL requires the arguments to be in JSON form');
      return { Shell: list, _kind: 'ShellCommand' };
    case 'onbuild': {
      if (list.length === 0 && !node.child) throw new Error('ONBUILD requires at least one argument');
      let expression = node.original.replace(/^[\t\n\f\r ]*onbuild[\t\n\f\r ]*/i, '');
      for (const doc of node.heredocs) expression += '\n' + doc.content + doc.name;
      return { Expression: expression, _kind: 'OnbuildCommand' };
    }
    case 'cmd':
    case 'entrypoint': {
      const line = shellCommandLine(node);
      return { CmdLine: keyword === 'entrypoint' && line.length === 0 ? null : line, Files: files(node), PrependShell: !node.args.json, _kind: keyword === 'cmd' ? 'CmdCommand' : 'EntrypointCommand' };
    }
    case 'run': {
      const mounts = (strs('mount') ?? []).map((value) => parseMount(value, expand));
      const devices = (strs('device') ?? []).map(parseDevice);
      const network = str('network') || 'default';
      const security = str('security') || 'sandbox';
      if (!['default', 'none', 'host'].includes(network)) throw new Error(`unsupported network mode ${network}`);
      if (!['sandbox', 'insecure'].includes(security)) throw new Error(`unsupported security mode ${security}`);
      return { CmdLine: shellCommandLine(node), Files: files(node), FlagsUsed: used, PrependShell: !node.args.json, _kind: 'RunCommand', _mounts: mounts as unknown as Json[], _network: network, _security: security, _devices: devices };
    }
    case 'healthcheck':
      return healthcheck(list, node.args.json, flags);
    case 'copy':
    case 'add':
      return fileTransfer(node, keyword, list, expand, { str, bool, strs, has: (name) => flags.has(name) });
    default:
      throw new Error(`unknown instruction: ${node.command}`);
  }
}

const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

function files(node: InstructionNode): Json {
  return node.heredocs.length === 0 ? null : node.heredocs.map((doc) => ({ Chomp: doc.chomp, Data: doc.content, Name: doc.name }));
}

function healthcheck(list: string[], json: boolean, flags: Map<string, string | string[]>): Record<string, Json> {
  if (list.length === 0) throw new Error('HEALTHCHECK requires at least one argument');
  const type = list[0]!.toUpperCase();
  const rest = list.slice(1);
  if (type === 'NONE') {
    if (rest.length > 0) throw new Error('HEALTHCHECK NONE takes no arguments');
    return { Health: { Test: ['NONE'] }, _kind: 'HealthCheckCommand' };
  }
  if (type !== 'CMD') throw new Error(`Unknown type ${JSON.stringify(type)} in HEALTHCHECK (try CMD)`);
  const line = json ? rest : rest.length > 0 ? [rest.join(' ')] : [];
  if (line.length === 0) throw new Error('Missing command after HEALTHCHECK CMD');
  const health: Record<string, Json> = { Test: [json ? 'CMD' : 'CMD-SHELL', ...line] };
  const timing: Array<[string, string]> = [['Interval', 'interval'], ['StartInterval', 'start-interval'], ['StartPeriod', 'start-period'], ['Timeout', 'timeout']];
  for (const [field, flag] of timing) {
    const ns = goDuration(flags.get(flag) as string | undefined);
    if (ns !== 0) health[field] = ns;
  }
  const retries = Number(flags.get('retries') ?? 0);
  if (retries !== 0) health.Retries = retries;
  return { Health: Object.fromEntries(Object.entries(health).sort(([a], [b]) => (a < b ? -1 : 1))), _kind: 'HealthCheckCommand' };
}

interface FlagReader {
  str(name: string): string;
  bool(name: string): boolean;
  strs(name: string): string[] | null;
  has(name: string): boolean;
}

function fileTransfer(node: InstructionNode, keyword: string, list: string[], expand: (word: string) => string, flags: FlagReader): Record<string, Json> {
  if (list.length < 2) throw new Error(`${keyword.toUpperCase()} requires at least two arguments`);
  const dest = list.at(-1)!;
  // BuildKit looks for heredoc markers in the arguments whether or not they were JSON.
  if (parseHeredoc(dest)) throw new Error(`${keyword.toUpperCase()} cannot accept a heredoc as a destination`);
  const sourcePaths: string[] = [];
  const sourceContents: Json[] = [];
  for (const source of list.slice(0, -1)) {
    const doc = parseHeredoc(source);
    if (doc) {
      const content = node.heredocs.find((h) => h.name === doc.name)?.content ?? '';
      sourceContents.push({ Data: doc.chomp ? content.replace(/^\t+/gm, '') : content, Expand: doc.expand, Path: doc.name });
    } else {
      sourcePaths.push(expand(source));
    }
  }
  const common = {
    Chmod: expand(flags.str('chmod')),
    Chown: expand(flags.str('chown')),
    DestPath: expand(dest),
    ExcludePatterns: flags.strs('exclude'),
    Link: flags.bool('link'),
    SourceContents: sourceContents.length > 0 ? sourceContents : null,
    SourcePaths: sourcePaths.length > 0 ? sourcePaths : null,
  };
  if (keyword === 'copy') return { ...common, From: flags.str('from'), Parents: flags.bool('parents'), _kind: 'CopyCommand' };
  return {
    Checksum: expand(flags.str('checksum')),
    ...common,
    KeepGitDir: flags.has('keep-git-dir') ? flags.bool('keep-git-dir') : null,
    Unpack: flags.has('unpack') ? flags.bool('unpack') : null,
    _kind: 'AddCommand',
  };
}

/** The mount JSON type, for tests that look at mounts. */
export type { MountJson };
