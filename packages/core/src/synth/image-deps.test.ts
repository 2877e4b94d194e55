import { describe, expect, it } from 'vitest';
import type { Image } from '@dockerdsl/core';
import { externalReferences, imageDependencies, imageTags } from './image-deps.js';

const img = (name: string, from: string, extra: Partial<Image> = {}, steps: Image['stages'][number]['steps'] = []): Image => ({ name, stages: [{ name: 'main', from, steps }], ...extra });

describe('image dependencies', () => {
  it('defaults the tag to <name>:latest', () => {
    expect(imageTags(img('api', 'busybox'))).toEqual(['api:latest']);
    expect(imageTags(img('api', 'busybox', { tags: ['a/b:1'] }))).toEqual(['a/b:1']);
  });

  it('links FROM and COPY --from references to the images whose tags they name, not stages', () => {
    const base = img('base', 'busybox', { tags: ['acme/base:dev'] });
    const tools = img('tools', 'busybox');
    const app: Image = {
      name: 'app',
      stages: [
        { name: 'build', from: 'acme/base:dev', steps: [] },
        { name: 'main', from: 'build', steps: [{ kind: 'copy', sources: ['/bin/tool'], destination: '/bin/', from: { image: 'tools' } } as never] },
      ],
    };
    expect(externalReferences(app)).toEqual(['acme/base:dev', 'tools']);
    expect(imageDependencies([base, tools, app]).get('app')).toEqual([
      { image: 'base', ref: 'acme/base:dev' },
      { image: 'tools', ref: 'tools' },
    ]);
    expect(imageDependencies([base, tools, app]).get('base')).toEqual([]);
  });
});
