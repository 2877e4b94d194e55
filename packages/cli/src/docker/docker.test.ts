import { describe, expect, it } from 'vitest';
import { runDocker } from './docker.js';

describe('runDocker', () => {
  it('says so when there is no docker command, instead of failing silently', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const lines: string[] = [];
      const result = await runDocker(['version'], (l) => lines.push(l));
      expect(result.exitCode).not.toBe(0);
      expect(lines).toContain('ERROR: the docker command was not found on PATH');
    } finally {
      process.env.PATH = path;
    }
  });
});
