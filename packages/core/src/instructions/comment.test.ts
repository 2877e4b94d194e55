import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { comment, printCommentText } from './comment.js';

describe('comments', () => {
  it('gives every line its own #, so text can never start an instruction', () => {
    expect(printCommentText('a\nRUN rm -rf /\r\n\nb')).toBe('# a\n# RUN rm -rf /\n#\n# b');
    expect(printCommentText('lone\rreturn')).toBe('# lonereturn');
    expect(printStep(comment('runtime stage'))).toBe('# runtime stage');
  });

  it('needs text', () => {
    expect(stepDiagnostics({ kind: 'comment' })[0]?.message).toBe("'text' is required");
  });
});
