import { describe, expect, it } from 'vitest';
import { commandFormSchema, execFormSchema, isExecForm, sh, shellFormSchema } from './exec-form.js';

describe('exec and shell form', () => {
  it('sh builds shell form from a template', () => {
    expect(sh`exec gunicorn -b 0.0.0.0:${8000} ${'app:app'}`).toEqual({ shell: 'exec gunicorn -b 0.0.0.0:8000 app:app' });
  });

  it('tells the forms apart', () => {
    expect(isExecForm(['a'])).toBe(true);
    expect(isExecForm({ shell: 'a' })).toBe(false);
  });

  it('exec form is a non-empty array of strings', () => {
    expect(execFormSchema.safeParse(['a', '']).success).toBe(true);
    expect(execFormSchema.safeParse([]).success).toBe(false);
    expect(execFormSchema.safeParse('a').success).toBe(false);
  });

  it('shell form must be one line that Docker will not misread', () => {
    expect(shellFormSchema.safeParse({ shell: 'a && b' }).success).toBe(true);
    for (const shell of ['', 'a\nb', 'a `', '["x"]']) expect(shellFormSchema.safeParse({ shell }).success, shell).toBe(false);
    expect(commandFormSchema.safeParse('bare').success).toBe(false);
  });
});
