import { describe, expect, it } from 'vitest';
import type { Image } from '../image/image.js';
import type { InstructionKind } from '../instructions/index.js';
import { ImageFacts } from './image-facts.js';

const image: Image = {
  name: 'api',
  stages: [
    { name: 'Build', from: 'golang:1.22', steps: [{ kind: 'workdir', path: '/src' }, { kind: 'run', command: 'go build -o /out/app .' }] },
    { from: 'scratch', steps: [{ kind: 'copy', sources: ['/out/app'], destination: '/app', from: { stage: 'build' } }, { kind: 'cmd', command: ['/app'] }] },
  ],
};

describe('ImageFacts', () => {
  it('groups steps by kind in file order', () => {
    const facts = new ImageFacts(image, ['images', 'api']);
    expect(facts.steps('run').map((s) => s.step.command)).toEqual(['go build -o /out/app .']);
    expect(facts.steps('copy')[0]!.path).toEqual(['images', 'api', 'stages', 1, 'steps', 0]);
    expect(facts.steps('cmd')).toHaveLength(1);
    expect(facts.steps('env')).toEqual([]);
    expect(facts.steps('env')).toEqual([]);
  });

  it('gives each step fact its kind, its stage and its position', () => {
    const facts = new ImageFacts(image, ['images', 'api']);
    expect(facts.stages[1]!.steps.map((s) => [s.kind, s.stage.index, s.index])).toEqual([['copy', 1, 0], ['cmd', 1, 1]]);
    expect(facts.steps('run')[0]!.kind).toBe('run');
    expect(facts.stages[0]!.path).toEqual(['images', 'api', 'stages', 'Build']);
  });

  it('resolves stage bases and reachability case-insensitively', () => {
    const facts = new ImageFacts(image, ['images', 'api']);
    expect(facts.final.index).toBe(1);
    expect(facts.stageNamed('BUILD')?.index).toBe(0);
    expect(facts.stages.map((s) => s.reachable)).toEqual([true, true]);
  });

  it('ignores step kinds that are not instructions, even names Object.prototype has', () => {
    const odd = { name: 'odd', stages: [{ from: 'alpine:3.20', steps: [{ kind: 'constructor' }, { kind: 'toString' }, { kind: 'user', user: 'app' }] }] } as unknown as Image;
    const facts = new ImageFacts(odd, ['images', 'odd']);
    expect(facts.steps('constructor' as InstructionKind)).toEqual([]);
    expect(facts.steps('toString' as InstructionKind)).toEqual([]);
    expect(facts.steps('user')).toHaveLength(1);
    expect(facts.stages[0]!.steps).toHaveLength(3);
  });
});
