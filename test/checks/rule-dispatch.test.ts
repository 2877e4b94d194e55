import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { ImageFacts } from '../../packages/core/src/checks/image-facts.js';
import { builtinRules, checkDockerfile, defineRule, parseDockerfile, runRules, type AnyRule } from '../../packages/core/src/index.js';

const dir = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const folders = ['../seed-examples', '../corpus/dockerfiles', '../corpus/checks'];
const files = folders.flatMap((folder) =>
  readdirSync(dir(folder))
    .filter((f) => f.endsWith('Dockerfile'))
    .map((f) => ({ name: f, text: readFileSync(dir(`${folder}/${f}`), 'utf8') })),
);
// Every rule's own bad and good examples too, so each declared kind/command list meets a file
// on which the rule fires.
for (const rule of builtinRules) {
  if (rule.docs.exampleKind === 'definition') continue;
  files.push({ name: `${rule.name} bad`, text: rule.docs.bad }, { name: `${rule.name} good`, text: rule.docs.good });
}
const everyRuleOn = Object.fromEntries(builtinRules.map((r) => [r.code, r.severity]));
// The same rules without the dispatch metadata: the runner must then call every one of them.
const undeclared: AnyRule[] = builtinRules.map(({ kinds: _kinds, commands: _commands, commandPattern: _pattern, traits: _traits, mentions: _mentions, ...rule }) => rule);

describe('rule dispatch by step kind and RUN program', () => {
  test('declaring kinds, commands and traits never changes a finding', () => {
    expect(builtinRules.filter((r) => r.kinds || r.commands).length).toBeGreaterThan(40);
    expect(builtinRules.filter((r) => r.traits).length).toBeGreaterThan(10);
    expect(builtinRules.filter((r) => r.commandPattern).length).toBeGreaterThan(2);
    for (const { name, text } of files) {
      const fast = checkDockerfile(text, { file: name, severities: everyRuleOn }).diagnostics;
      const slow = checkDockerfile(text, { file: name, severities: everyRuleOn, rules: undeclared }).diagnostics;
      expect(fast, name).toEqual(slow);
    }
  });

  const calls: string[] = [];
  const onMaintainer = defineRule<Record<string, never>>({
    code: 'TEST901', name: 'SeesMaintainer', severity: 'warning', kinds: ['maintainer'], description: 'test', docs: { why: '', bad: '', good: '' },
    format: () => 'maintainer',
    check: (ctx) => { calls.push('kinds'); for (const s of ctx.facts.steps('maintainer')) ctx.report(s, {}); },
  });
  const onCurl = defineRule<Record<string, never>>({
    code: 'TEST902', name: 'SeesCurl', severity: 'warning', commands: ['curl'], description: 'test', docs: { why: '', bad: '', good: '' },
    format: () => 'curl',
    check: () => { calls.push('commands'); },
  });
  const plain = defineRule<Record<string, never>>({
    code: 'TEST903', name: 'NoMetadata', severity: 'warning', description: 'test', docs: { why: '', bad: '', good: '' },
    format: () => 'plain',
    check: (ctx) => { calls.push('plain'); ctx.report(ctx.facts.stages[0]!, {}); },
  });
  const rules = [onMaintainer, onCurl, plain];

  test('a rule is skipped when the image has no step of its kinds or no RUN of its programs', () => {
    calls.length = 0;
    const { image } = parseDockerfile('FROM alpine:3.20\nRUN wget -q https://example.test/x\n', { file: 'Dockerfile' });
    expect(runRules(image!, { rules }).map((d) => d.code)).toEqual(['TEST903']);
    expect(calls).toEqual(['plain']);
  });

  test('a rule runs when the image has what it declares', () => {
    calls.length = 0;
    const { image } = parseDockerfile('FROM alpine:3.20\nMAINTAINER someone\nRUN sudo curl -fsS https://example.test/x\n', { file: 'Dockerfile' });
    expect(runRules(image!, { rules }).map((d) => d.code).sort()).toEqual(['TEST901', 'TEST903']);
    expect(calls).toEqual(['kinds', 'commands', 'plain']);
  });

  test('a rule that declares traits runs only on images with one of them', () => {
    const seen: string[] = [];
    const onStages = defineRule<Record<string, never>>({
      code: 'TEST904', name: 'SeesStages', severity: 'warning', traits: ['multiStage', 'suppressions'], description: 'test', docs: { why: '', bad: '', good: '' },
      format: () => 'stages',
      check: (ctx) => { seen.push(ctx.facts.image.name); },
    });
    const parsed = (name: string, text: string) => ({ ...parseDockerfile(text, { file: `${name}.Dockerfile` }).image! });
    runRules(parsed('one', 'FROM alpine:3.20 AS base\nRUN make\n'), { rules: [onStages] });
    runRules(parsed('two', 'FROM alpine:3.20 AS base\nFROM base\n'), { rules: [onStages] });
    runRules({ ...parsed('ignored', 'FROM alpine:3.20\n'), ignore: { DSL3010: 'runs as root on purpose' } }, { rules: [onStages] });
    expect(seen).toEqual(['two', 'ignored']);
  });

  test('a rule with a command pattern runs only when some RUN program matches it', () => {
    const seen: string[] = [];
    const onPip = defineRule<Record<string, never>>({
      code: 'TEST905', name: 'SeesPip', severity: 'warning', commandPattern: /^pip[0-9.]*$/, description: 'test', docs: { why: '', bad: '', good: '' },
      format: () => 'pip',
      check: (ctx) => { seen.push(ctx.facts.image.name); },
    });
    for (const [name, text] of [['none', 'FROM python:3.12\nRUN python -V\n'], ['pip', 'FROM python:3.12\nRUN pip3.12 install x\n'], ['norun', 'FROM python:3.12\n']]) {
      runRules(parseDockerfile(text!, { file: `${name}.Dockerfile` }).image!, { rules: [onPip] });
    }
    expect(seen).toEqual(['pip']);
  });

  test('a rule that declares mentions runs only when some RUN script mentions one, quoted or not', () => {
    const seen: string[] = [];
    const onSudo = defineRule<Record<string, never>>({
      code: 'TEST906', name: 'SeesSudo', severity: 'warning', mentions: ['sudo'], description: 'test', docs: { why: '', bad: '', good: '' },
      format: () => 'sudo',
      check: (ctx) => { seen.push(ctx.facts.image.name); },
    });
    const texts = [['none', 'RUN pseudo-make && sudoku'], ['plain', 'RUN /usr/bin/sudo make'], ['quoted', 'RUN "su"do make'], ['heredoc', 'RUN <<EOF\nsudo make\nEOF'], ['exec', 'RUN ["sudo", "make"]'], ['norun', 'ENV A=sudo']];
    for (const [name, text] of texts) runRules(parseDockerfile(`FROM debian:12\n${text}\n`, { file: `${name}.Dockerfile` }).image!, { rules: [onSudo] });
    expect(seen).toEqual(['plain', 'quoted', 'heredoc', 'exec']);
  });

  test('a RUN that mentions none of the programs the rules look for is never tokenised', () => {
    const { image } = parseDockerfile('FROM golang:1.23\nRUN go build -o /out/app ./cmd/app && go vet ./...\n', { file: 'Dockerfile' });
    const analysed = vi.spyOn(ImageFacts.prototype, 'script');
    try {
      expect(runRules(image!, { rules: builtinRules, severities: everyRuleOn }).map((d) => d.rule)).toEqual(['RootUser', 'HealthcheckMissing']);
      expect(analysed).not.toHaveBeenCalled();
      runRules(parseDockerfile('FROM golang:1.23\nRUN go install example.test/tool\n', { file: 'Dockerfile' }).image!, { rules: builtinRules });
      expect(analysed).toHaveBeenCalled();
    } finally {
      analysed.mockRestore();
    }
  });
});

