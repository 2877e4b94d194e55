import { describe, expect, test } from 'vitest';
import { runScriptText } from './run-script-text.js';

describe('runScriptText', () => {
  test('gives a shell-form command line as it is', () => {
    expect(runScriptText({ kind: 'run', command: 'apt-get update && make' })).toBe('apt-get update && make');
  });

  test('gives the inner script of an exec-form sh -c', () => {
    expect(runScriptText({ kind: 'run', command: ['/bin/bash', '-c', 'make && make install'] })).toBe('make && make install');
  });

  test('quotes the words of any other exec form for the shell', () => {
    expect(runScriptText({ kind: 'run', command: ['echo', "it's", 'a b'] })).toBe(`'echo' 'it'\\''s' 'a b'`);
  });

  test('gives the heredoc bodies when the RUN only feeds them to a shell', () => {
    const heredocs = [{ marker: 'EOF', body: 'apt-get update\napt-get install -y curl' }];
    expect(runScriptText({ kind: 'run', command: '<<EOF', heredocs })).toBe('apt-get update\napt-get install -y curl');
    expect(runScriptText({ kind: 'run', command: '<<-"EOF" bash -e', heredocs })).toBe('apt-get update\napt-get install -y curl');
    expect(runScriptText({ kind: 'run', command: 'python3 <<EOF', heredocs })).toBe('python3 <<EOF');
  });
});
