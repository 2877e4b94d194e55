import { expect, it } from 'vitest';
import { printCommandForm } from './command-form.js';

it('prints exec form as JSON and shell form verbatim', () => {
  expect(printCommandForm(['a', 'b c'])).toBe('["a", "b c"]');
  expect(printCommandForm({ shell: 'a && b' })).toBe('a && b');
});
