import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../parse/parse-dockerfile.js';
import { defineRule, type CommandFact, type RuleVisitors } from './rule.js';
import { runRules } from './run-rules.js';

const dockerfile = 'FROM debian:12 AS a\nRUN apt update && apt-get install -y x\nFROM a\nCOPY x /x\nRUN apt-get clean; sh -c "apt list"\n';

/** A rule that records the events it sees, as `event:detail`. */
function recorder(events: string[], visitors: (seen: (event: string) => void) => RuleVisitors) {
  return defineRule<Record<string, never>>({
    code: 'TEST100', name: 'Recorder', severity: 'info', description: 'records the walk', docs: { why: '-', bad: '-', good: '-' },
    format: () => 'recorded',
    create: () => visitors((event) => events.push(event)),
  });
}

describe('the engine walk', () => {
  test('calls image, stage, step, command and exit visitors once each, in file order', () => {
    const events: string[] = [];
    const rule = recorder(events, (seen) => ({
      image: () => seen('image'),
      stage: (s) => seen(`stage:${s.index}`),
      run: (s) => seen(`run:${s.stage.index}.${s.index}`),
      copy: (s) => seen(`copy:${s.stage.index}.${s.index}`),
      command: (c) => seen(`command:${c.command.name} ${c.command.args[0]}@${c.index}/${c.all.length}`),
      'stage:exit': (s) => seen(`exit:${s.index}`),
      'image:exit': () => seen('image:exit'),
    }));
    runRules(parseDockerfile(dockerfile).image!, { rules: [rule] });
    expect(events).toEqual([
      'image',
      'stage:0', 'run:0.0', 'command:apt update@0/2', 'command:apt-get install@1/2', 'exit:0',
      'stage:1', 'copy:1.0', 'run:1.1', 'command:apt-get clean@0/3', 'command:sh -c@1/3', 'command:apt list@2/3', 'exit:1',
      'image:exit',
    ]);
  });

  test('a step whose kind is no instruction reaches no visitor, not even a hook of that name', () => {
    const events: string[] = [];
    const rule = recorder(events, (seen) => ({ image: () => seen('image'), stage: () => seen('stage'), user: () => seen('user') }));
    const odd = { name: 'odd', stages: [{ from: 'a', steps: [{ kind: 'image' }, { kind: 'stage' }, { kind: 'constructor' }, { kind: 'user', user: 'app' }] }] };
    runRules(odd as never, { rules: [rule] });
    expect(events).toEqual(['image', 'stage', 'user']);
  });

  test('each RUN is tokenised once, however many rules read its commands', () => {
    const seen: object[] = [];
    const reader = (n: number) => defineRule<Record<string, never>>({
      code: `TEST10${n}`, name: `Reader${n}`, severity: 'info', description: 'reads commands', docs: { why: '-', bad: '-', good: '-' },
      format: () => 'read',
      create: (context) => ({ run: (run) => void seen.push(context.commands(run)), command: (c) => void seen.push(c.all) }),
    });
    runRules(parseDockerfile('FROM a\nRUN x && y\n').image!, { rules: [reader(1), reader(2)] });
    expect(seen).toHaveLength(6);
    for (const commands of seen) expect(commands).toBe(seen[0]);
  });

  test('findings come out rule by rule, in the order the rules were given', () => {
    const reportEvery = (n: number) => defineRule<Record<string, never>>({
      code: `TEST20${n}`, name: `Every${n}`, severity: 'info', description: 'reports every stage', docs: { why: '-', bad: '-', good: '-' },
      format: () => `rule ${n}`,
      create: (context) => ({ stage: (s) => context.report(s, {}) }),
    });
    const image = { name: 'api', stages: [{ from: 'a', steps: [] }, { from: 'b', steps: [] }] };
    expect(runRules(image, { rules: [reportEvery(2), reportEvery(1)] }).map((d) => `${d.message} ${d.path.at(-1)}`)).toEqual(['rule 2 0', 'rule 2 1', 'rule 1 0', 'rule 1 1']);
  });

  test('a command:<program> visitor gets only that program\'s commands, in file order, with the facts command gets', () => {
    const every: CommandFact[] = [];
    const aptGet: CommandFact[] = [];
    const rule = recorder([], () => ({ command: (c) => void every.push(c), 'command:apt-get': (c) => void aptGet.push(c) }));
    runRules(parseDockerfile(dockerfile).image!, { rules: [rule] });
    expect(aptGet.map((c) => `${c.run.stage.index}.${c.run.index} ${c.command.args[0]}@${c.index}`)).toEqual(['0.0 install@1', '1.1 clean@0']);
    // The same fact objects `command` received: same RUN, index and script.
    expect(aptGet).toEqual(every.filter((c) => c.command.name === 'apt-get'));
    for (const c of aptGet) expect(c.all).toBe(every.find((e) => e.run === c.run)!.all);
  });

  test('a rule mixing kinds, hooks, command and command:<program> sees each in walk order', () => {
    const events: string[] = [];
    const rule = recorder(events, (seen) => ({
      stage: (s) => seen(`stage:${s.index}`),
      run: (s) => seen(`run:${s.stage.index}.${s.index}`),
      command: (c) => seen(`command:${c.command.name}@${c.index}`),
      'command:apt': (c) => seen(`apt:${c.command.args[0]}@${c.index}`),
      'command:sh': (c) => seen(`sh@${c.index}`),
      'stage:exit': (s) => seen(`exit:${s.index}`),
    }));
    runRules(parseDockerfile(dockerfile).image!, { rules: [rule] });
    expect(events).toEqual([
      'stage:0', 'run:0.0', 'command:apt@0', 'apt:update@0', 'command:apt-get@1', 'exit:0',
      'stage:1', 'run:1.1', 'command:apt-get@0', 'command:sh@1', 'sh@1', 'command:apt@2', 'apt:list@2', 'exit:1',
    ]);
  });

  test.each([
    ['rn', "'rn' is not a visitor (did you mean 'run'?)"],
    ['comand:apt-get', "'comand:apt-get' is not a visitor (did you mean 'command:apt-get'?)"],
    ['stage-exit', "'stage-exit' is not a visitor (did you mean 'stage:exit'?)"],
    ['command:', "'command:' is not a visitor: a command selector names one program"],
    ['command:/usr/bin/curl', "'command:/usr/bin/curl' is not a visitor: a command selector names one program"],
    ['command:apt-get install', "'command:apt-get install' is not a visitor: a command selector names one program"],
  ])('a rule returning the key %j fails with an error finding and none of its visitors run', (key, message) => {
    const events: string[] = [];
    const rule = recorder(events, (seen) => ({ image: () => seen('image'), run: () => seen('run'), [key]: () => seen(key) }));
    const found = runRules(parseDockerfile(dockerfile).image!, { rules: [rule] });
    expect(events).toEqual([]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'TEST100', rule: 'Recorder', severity: 'error' });
    expect(found[0]!.message).toContain(`rule Recorder failed: ${message}`);
  });

  test('a key whose value is not a function is no visitor and is left alone', () => {
    const events: string[] = [];
    const rule = recorder(events, (seen) => ({ run: () => seen('run'), 'command:curl': undefined, ...({ note: 'data' } as object) }));
    expect(runRules(parseDockerfile(dockerfile).image!, { rules: [rule] })).toEqual([]);
    expect(events).toEqual(['run', 'run']);
  });

  test('defineRule refuses a rule without create, naming the shape of earlier versions', () => {
    expect(() => defineRule({ code: 'TEST300', name: 'Old', check() {} } as never)).toThrow(/check\(ctx\) is the shape of earlier versions/);
  });
});
