import { describe, expect, it } from 'vitest';
import { goModuleClosure, readGoWork } from './go-work.js';
import { tempTrees } from './temp-tree.test-util.js';

const tree = tempTrees('dsl-gowork-');

const files = {
  'go.work': 'go 1.19\n\nuse (\n\t./api // the service\n\t./lib\n\t"./tools"\n)\nuse ./other\n',
  'api/go.mod': 'module example.com/app/api\n\ngo 1.19\n\nrequire (\n\texample.com/app/lib v0.0.0\n\tgolang.org/x/text v0.3.0 // indirect\n)\n',
  'api/go.sum': '',
  'lib/go.mod': 'module example.com/app/lib\n\ngo 1.19\n\nrequire example.com/app/tools v0.0.0\n',
  'tools/go.mod': 'module example.com/app/tools\n',
  'other/go.mod': 'module example.com/app/other\n',
};

describe('readGoWork', () => {
  it('reads use directives, single and in blocks, and each module path and requirement', () => {
    const ws = readGoWork(tree(files));
    expect(ws.diagnostics).toEqual([]);
    expect(ws.rootFiles).toEqual(['go.work']);
    expect([...ws.modules.keys()]).toEqual(['example.com/app/api', 'example.com/app/lib', 'example.com/app/tools', 'example.com/app/other']);
    expect(ws.modules.get('example.com/app/api')).toEqual({ path: 'example.com/app/api', dir: 'api', requires: [{ path: 'example.com/app/lib', version: 'v0.0.0' }, { path: 'golang.org/x/text', version: 'v0.3.0' }], hasSum: true });
  });

  it('gives the closure of a module through the workspace, dependencies first', () => {
    const ws = readGoWork(tree(files));
    expect(goModuleClosure(ws, 'example.com/app/api').map((m) => m.dir)).toEqual(['tools', 'lib', 'api']);
    expect(goModuleClosure(ws, 'example.com/app/other').map((m) => m.dir)).toEqual(['other']);
  });

  it('reports a missing go.work and a used folder without go.mod, at its line', () => {
    expect(readGoWork(tree({ 'x.txt': '' })).diagnostics[0]!.code).toBe('DSL7001');
    const [d] = readGoWork(tree({ 'go.work': 'go 1.19\n\nuse ./gone\n' })).diagnostics;
    expect(d).toMatchObject({ code: 'DSL7007', source: { line: 3 } });
  });
});
