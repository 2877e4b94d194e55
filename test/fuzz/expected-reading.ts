// What BuildKit must read back from a compiled model, worked out from the model alone: each
// step's values as the model means them (a `$NAME` or `${NAME…}` is a reference, every other
// character literal), in the oracle's JSON shape.
import type { CopySource, Image, Instruction, Mount } from '@dockerdsl/core';
import { copySourceText } from '@dockerdsl/core/tooling';
import type { Json } from '../support/buildkit/instructions.js';
import { ShellLexer, symbolicEnv } from '../support/buildkit/shell-lexer.js';

// The model's reading of `$`: the same pattern the compiler's canonicalWord uses.
const reference = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*(?:\}|(?::?[-+?]|#{1,2}|%{1,2}|\/{1,2})[^}"'\\`]*\}))/;
const lexer = new ShellLexer('\\');

/**
 * The value a model string has once the builder expands it, with every variable set to its own
 * `${NAME}`: references are evaluated, every other character (written here escaped, in a form
 * of our own that the printer never uses) is literal.
 *
 * @example
 * modelValue('cost $5 for $HOME'); // 'cost $5 for ${HOME}'
 */
export function modelValue(value: string): string {
  let encoded = '';
  for (let i = 0; i < value.length; ) {
    if (value[i] === '\\' && value[i + 1] === '$') {
      encoded += '\\$';
      i += 2;
      continue;
    }
    const match = value[i] === '$' ? reference.exec(value.slice(i)) : null;
    if (match) {
      encoded += match[0][1] === '{' ? match[0] : '${' + match[0].slice(1) + '}';
      i += match[0].length;
      continue;
    }
    const ch = String.fromCodePoint(value.codePointAt(i)!);
    encoded += '\\' + ch;
    i += ch.length;
  }
  return lexer.processWord(encoded, symbolicEnv);
}

const bare = (text: string): string => text.replace(/^[ \t]+|[ \t]+$/g, '');

/** One command as BuildKit must read it; `run` shell text is compared apart (see `sameShellText`). */
export function expectedCommand(step: Exclude<Instruction, { kind: 'comment' }>): Record<string, Json> {
  switch (step.kind) {
    case 'env':
      return { Env: Object.entries(step.vars).map(([k, v]) => ({ Key: k, NoDelim: false, Value: modelValue(v) })), _kind: 'EnvCommand' };
    case 'label':
      return { Labels: Object.entries(step.labels).map(([k, v]) => ({ Key: k, NoDelim: false, Value: modelValue(v) })), _kind: 'LabelCommand' };
    case 'arg':
      return { Args: [{ DocComment: '', Key: step.name, Value: step.default === undefined ? null : modelValue(step.default) }], _kind: 'ArgCommand' };
    case 'user':
      return { User: modelValue(step.group === undefined ? String(step.user) : `${step.user}:${step.group}`), _kind: 'UserCommand' };
    case 'workdir':
      return { Path: modelValue(step.path), _kind: 'WorkdirCommand' };
    case 'volume':
      return { Volumes: step.paths.map(modelValue), _kind: 'VolumeCommand' };
    case 'expose':
      return { Ports: step.ports.map(String).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))), _kind: 'ExposeCommand' };
    case 'stopsignal':
      return { Signal: modelValue(String(step.signal)), _kind: 'StopSignalCommand' };
    case 'maintainer':
      return { Maintainer: step.name, _kind: 'MaintainerCommand' };
    case 'shell':
      return { Shell: [...step.command], _kind: 'ShellCommand' };
    case 'cmd':
    case 'entrypoint': {
      const exec = Array.isArray(step.command);
      const line = exec ? [...(step.command as unknown as string[])] : [bare((step.command as { shell: string }).shell)];
      return { CmdLine: line, Files: null, PrependShell: !exec, _kind: step.kind === 'cmd' ? 'CmdCommand' : 'EntrypointCommand' };
    }
    case 'healthcheck': {
      if (!('test' in step) || !step.test) return { Health: { Test: ['NONE'] }, _kind: 'HealthCheckCommand' };
      const exec = Array.isArray(step.test);
      const test = exec ? ['CMD', ...(step.test as unknown as string[])] : ['CMD-SHELL', bare((step.test as { shell: string }).shell)];
      return { Health: { Interval: 30e9, Retries: 3, Test: test }, _kind: 'HealthCheckCommand' };
    }
    case 'run': {
      const flags = [...(step.mounts?.length ? ['mount'] : []), ...(step.network ? ['network'] : []), ...(step.security ? ['security'] : []), ...(step.device?.length ? ['device'] : [])].sort();
      const exec = Array.isArray(step.command);
      return {
        CmdLine: exec ? [...(step.command as unknown as string[])] : [bare(step.command as string)],
        Files: null,
        FlagsUsed: flags,
        PrependShell: !exec,
        _kind: 'RunCommand',
        _mounts: (step.mounts ?? []).map(expectedMount),
        _network: step.network ?? 'default',
        _security: step.security ?? 'sandbox',
        _devices: (step.device ?? []).map((d) => ({ Name: d, Required: false })),
      };
    }
    case 'copy':
    case 'add': {
      const sources = step.sources as string[];
      const common = {
        Chmod: step.chmod === undefined ? '' : modelValue(step.chmod),
        Chown: step.chown === undefined ? '' : modelValue(String(step.chown)),
        DestPath: modelValue(step.destination),
        ExcludePatterns: step.exclude && step.exclude.length > 0 ? [...step.exclude] : null,
        Link: step.link === true,
        SourceContents: null,
        SourcePaths: sources.map(modelValue),
      };
      if (step.kind === 'copy') return { ...common, From: step.from === undefined ? '' : copySourceText(step.from as CopySource), Parents: step.parents === true, _kind: 'CopyCommand' };
      return { Checksum: step.checksum === undefined ? '' : modelValue(step.checksum), ...common, KeepGitDir: step.keepGitDir ?? null, Unpack: step.unpack ?? null, _kind: 'AddCommand' };
    }
    default:
      throw new Error(`no expectation for ${step.kind}`);
  }
}

function expectedMount(mount: Mount): Record<string, Json> {
  const m = mount as Partial<Record<string, unknown>> & Mount;
  const text = (key: string): string => (m[key] === undefined ? '' : modelValue(key === 'from' ? copySourceText(m[key] as CopySource) : String(m[key])));
  const num = (key: string, base: number): number | null => (m[key] === undefined ? null : parseInt(String(m[key]), base));
  const readOnly = m.type === 'bind' ? m.readwrite !== true : m.type === 'cache' ? m.readonly === true : m.type !== 'tmpfs';
  return {
    CacheID: text('id'),
    CacheSharing: text('sharing'),
    Env: m.type === 'secret' && m.env !== undefined ? modelValue(m.env) : null,
    From: text('from'),
    GID: num('gid', 10),
    Mode: num('mode', 8),
    ReadOnly: readOnly,
    Required: m.required === true,
    SizeLimit: m.type === 'tmpfs' && m.size ? sizeBytes(m.size) : 0,
    Source: text('source'),
    Target: text('target'),
    Type: m.type,
    UID: num('uid', 10),
  };
}

function sizeBytes(size: string): number {
  const match = /^(\d+)([kmgt])?/i.exec(size)!;
  return Number(match[1]) * 1024 ** (['', 'k', 'm', 'g', 't'].indexOf((match[2] ?? '').toLowerCase()));
}

/** The stages and commands BuildKit must read back from a model. */
export function expectedReading(image: Image): { metaArgs: Json; stages: Json[] } {
  const stageNames = new Map<string, string>();
  return {
    metaArgs: (image.args ?? []).length === 0 ? null : (image.args ?? []).map((a) => ({ Args: [(expectedCommand(a).Args as Json[])[0]!] })),
    stages: image.stages.map((stage) => {
      const name = (stage.name ?? '').toLowerCase();
      if (stage.name) stageNames.set(stage.name, name);
      const commands = stage.steps.filter((s) => s.kind !== 'comment').map((s) => expectedCommand(s as Exclude<Instruction, { kind: 'comment' }>));
      return { base: typeof stage.from === 'string' ? stage.from : stage.from.stage, commands: commands.length > 0 ? commands : null, name, platform: stage.platform ?? '' };
    }),
  };
}
