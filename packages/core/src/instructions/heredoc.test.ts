import { describe, expect, it } from 'vitest';
import { bodyEndsAt, heredocMarker, heredocSchema, heredocTail, pickDelimiter } from './heredoc.js';

describe('heredocs', () => {
  it('picks a delimiter no body line equals', () => {
    expect(pickDelimiter('echo hi')).toBe('EOF');
    expect(pickDelimiter('EOF\nEOF_1')).toBe('EOF_2');
    expect(pickDelimiter('\tEOF  ')).toBe('EOF_1');
    expect(pickDelimiter('x', 'PY')).toBe('PY');
  });

  it('sees a body line that would end the heredoc', () => {
    expect(bodyEndsAt('a\nEOF\nb', 'EOF')).toBe(true);
    expect(bodyEndsAt('a EOF', 'EOF')).toBe(false);
  });

  it('writes markers and tails', () => {
    expect(heredocMarker({ body: '', quoted: true, stripTabs: true }, 'X')).toBe('<<-"X"');
    expect(heredocTail({ body: 'a\nb' }, 'X')).toBe('\na\nb\nX');
  });

  it('validates delimiters and bodies', () => {
    expect(heredocSchema.safeParse({ body: 'x', delimiter: 'a b' }).success).toBe(false);
    expect(heredocSchema.safeParse({ body: 'x\r\ny' }).success).toBe(false);
    expect(heredocSchema.safeParse({ body: 'x\nEND', delimiter: 'END' }).success).toBe(false);
    expect(heredocSchema.safeParse({ body: 'x\nEND', delimiter: 'STOP' }).success).toBe(true);
  });
});
