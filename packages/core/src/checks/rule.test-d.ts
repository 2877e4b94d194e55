import { describe, expectTypeOf, it } from 'vitest';
import { defineRule, type CommandFact, type RuleVisitors } from '../index.js';

const meta = { code: 'ACME100', name: 'AcmeTyped', severity: 'warning', description: 'typed visitors', docs: { why: '-', bad: '-', good: '-' }, format: () => 'found' } as const;

describe('rule visitors are typed, command selectors included', () => {
  it('a command:<program> visitor gets the command fact, next to the other forms', () => {
    defineRule<Record<string, never>>({
      ...meta,
      create: (context) => ({
        'command:apt-get'(fact) {
          expectTypeOf(fact).toEqualTypeOf<CommandFact>();
          context.report(fact.run, {});
        },
        command(fact) {
          expectTypeOf(fact.command.name).toBeString();
        },
        run(step) {
          expectTypeOf(step.step.command).not.toBeAny();
        },
      }),
    });
  });

  it('a command:<program> visitor must take a command fact; other selectors are no visitors', () => {
    // @ts-expect-error a command visitor gets a CommandFact, not a step
    const wrong: RuleVisitors = { 'command:curl': (step: { step: { kind: 'run' } }) => step };
    // @ts-expect-error a selector's value is a function
    const notAFunction: RuleVisitors = { 'command:curl': 'curl' };
    // @ts-expect-error only `command:` selectors are keys besides the kinds and hooks
    const other: RuleVisitors = { 'copy:from': () => {} };
    expectTypeOf([wrong, notAFunction, other]).toEqualTypeOf<RuleVisitors[]>();
  });
});
