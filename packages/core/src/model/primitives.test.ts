import { describe, expect, it } from 'vitest';
import { chmodValue, duration, flagValue, noTrailingEscape, singleLine, userOrId, variableName } from './primitives.js';
import { z } from 'zod';

describe('primitive schemas', () => {
  it('singleLine and flagValue reject line breaks and white space', () => {
    expect(singleLine('x').safeParse('a b').success).toBe(true);
    expect(singleLine('x').safeParse('a\rb').success).toBe(false);
    expect(flagValue('--x').safeParse('a b').success).toBe(false);
    expect(flagValue('--x').safeParse('').success).toBe(false);
  });

  it('noTrailingEscape rejects both escape tokens at the end', () => {
    const s = z.string().refine(...noTrailingEscape('it'));
    expect(s.safeParse('a\\').success).toBe(false);
    expect(s.safeParse('a`').success).toBe(false);
    expect(s.safeParse('a\\b').success).toBe(true);
  });

  it('variable names, durations, modes and users', () => {
    expect(variableName.safeParse('_A1').success).toBe(true);
    expect(variableName.safeParse('1A').success).toBe(false);
    for (const d of ['30s', '1m30s', '500ms', '1h', '0', '1.5s']) expect(duration.safeParse(d).success, d).toBe(true);
    for (const d of ['10', 's', '5 s']) expect(duration.safeParse(d).success, d).toBe(false);
    for (const m of ['0755', '644', 'u=rwx,go=rx', 'a+x']) expect(chmodValue.safeParse(m).success, m).toBe(true);
    for (const m of ['999', 'rwx']) expect(chmodValue.safeParse(m).success, m).toBe(false);
    expect(userOrId.safeParse(0).success).toBe(true);
    expect(userOrId.safeParse(1.5).success).toBe(false);
  });
});

describe('trailing escapes followed by blanks', () => {
  it('are still continuations, so they are rejected', () => {
    const s = z.string().refine(...noTrailingEscape('it'));
    expect(s.safeParse('ops \\  ').success).toBe(false);
    expect(s.safeParse('ops `\t').success).toBe(false);
  });
});
