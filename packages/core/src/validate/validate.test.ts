import { describe, expect, it } from 'vitest';
import { image } from '../builders/image-builder.js';
import { stage } from '../builders/stage-factory.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { validateImage } from './validate.js';

describe('validateImage', () => {
  it('accepts builders and plain objects', () => {
    expect(validateImage(image('ok', { stages: [stage('a', { from: 'busybox' })] })).ok).toBe(true);
    expect(validateImage({ name: 'ok', stages: [{ from: 'busybox', steps: [] }] })).toEqual({ ok: true, image: { name: 'ok', stages: [{ from: 'busybox', steps: [] }] }, diagnostics: [] });
  });

  it('reports every problem of a JSON definition with code, path and message', () => {
    const json = JSON.parse(`{
      "name": "api",
      "stages": [
        { "name": "build", "steps": [{ "kind": "run", "command": 5 }] },
        { "from": "scratch", "steps": [{ "kind": "copy", "sources": ["/a"], "destination": "/b", "chwon": "x" }, { "kind": "healthcheck", "test": [] }, { "kind": "rnu" }] }
      ]
    }`);
    const result = validateImage(json);
    expect(result.diagnostics.map((d) => formatDiagnostic(d).split('\n').slice(0, 2).join(' | '))).toEqual([
      "error DSL1001 'from' is required |   → at images.api.stages.build.from",
      "error DSL1002 'command' must be a string or an exec-form array, not a number |   → at images.api.stages.build.steps[0].command",
      "error DSL1003 COPY has unknown field 'chwon' (did you mean 'chown'?) |   → at images.api.stages[1].steps[0]",
      "error DSL1005 'test': an exec-form command needs at least one element (the program) |   → at images.api.stages[1].steps[1].test",
      'error DSL1008 unknown instruction kind "rnu" (did you mean \'run\'?) |   → at images.api.stages[1].steps[2].kind',
    ]);
  });

  it('lists known fields as a hint and names the root', () => {
    const result = validateImage({ name: 'x', stage: [] });
    expect(result.diagnostics.find((d) => d.code === 'DSL1003')).toMatchObject({ message: "the image has unknown field 'stage' (did you mean 'stages'?)" });
    expect(validateImage(7).diagnostics[0]).toMatchObject({ code: 'DSL1002', path: ['image'] });
    const mount = validateImage({ name: 'x', stages: [{ from: 'a', steps: [{ kind: 'run', command: 'x', mounts: [{ type: 'cache', target: '/c', shraing: 'locked' }] }] }] });
    expect(mount.diagnostics[0]).toMatchObject({ code: 'DSL1003', message: "a cache mount has unknown field 'shraing' (did you mean 'sharing'?)" });
    expect(mount.diagnostics[0]?.hint).toContain('sharing');
  });
});
