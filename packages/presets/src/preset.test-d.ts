import { describe, expectTypeOf, it } from 'vitest';
import { stage, type StageBuilder } from '@dockerdsl/core';
import { goApp } from './go.js';
import { nodeApp } from './node.js';

describe('preset types', () => {
  it('exposes each stage handle by role with its literal name', () => {
    const web = nodeApp({ name: 'web' });
    expectTypeOf(web.stages.prodDeps).toEqualTypeOf<StageBuilder<'prod-deps'>>();
    expectTypeOf(goApp({ name: 'api' }).stages.runtime).toEqualTypeOf<StageBuilder<'runtime'>>();
  });

  it('rejects unknown roles, duplicate roles and parameters outside their type', () => {
    const api = goApp({ name: 'api' });
    // @ts-expect-error: there is no stage with this role
    api.change('biuld', (s) => s);
    // @ts-expect-error: the role exists already
    api.add('build', (st) => st.build);
    // @ts-expect-error: the package manager is npm or pnpm
    nodeApp({ name: 'web', packageManager: 'yarn' });
    // @ts-expect-error: ENTRYPOINT arguments are strings
    goApp({ name: 'api', args: [8080] });
  });

  it('types an added stage into the result', () => {
    const withTest = goApp({ name: 'api' }).add('test', (st) => stage('test', { from: st.build }).run('go test ./...'));
    expectTypeOf(withTest.stages).toHaveProperty('test');
    expectTypeOf(withTest.final).toEqualTypeOf<'runtime'>();
  });
});
