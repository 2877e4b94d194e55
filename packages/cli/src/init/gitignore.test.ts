import { describe, expect, it } from 'vitest';
import { gitignoreWith } from './gitignore.js';

describe('gitignoreWith', () => {
  it('creates the file, appends missing entries and keeps what is there', () => {
    expect(gitignoreWith(undefined, ['node_modules/', '.dsl/'])).toBe('node_modules/\n.dsl/\n');
    expect(gitignoreWith('dist', ['.dsl/'])).toBe('dist\n.dsl/\n');
  });

  it('counts an entry written with or without slashes as present', () => {
    expect(gitignoreWith('/node_modules\n.dsl\n', ['node_modules/', '.dsl/'])).toBeUndefined();
    expect(gitignoreWith('node_modules/\r\n', ['node_modules/'])).toBeUndefined();
  });
});
