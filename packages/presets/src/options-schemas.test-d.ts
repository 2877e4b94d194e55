import { describe, expectTypeOf, it } from 'vitest';
import { goWorkspaceAppSchema, type GoWorkspaceAppOptions } from './go-workspace.js';
import { goAppSchema, type GoAppOptions } from './go.js';
import { nodeWorkspaceAppSchema, type NodeWorkspaceAppOptions } from './node-workspace.js';
import { nodeAppSchema, type NodeAppOptions } from './node.js';
import { pythonAppSchema, type PythonAppOptions } from './python.js';
import { staticBinaryRuntimeSchema, type StaticBinaryRuntimeOptions } from './static-binary.js';

/** Options a preset's type takes that its schema does not name: DSL1070 would reject them. */
type Unlisted<Options, Schema extends { shape: object }> = Exclude<keyof Options, keyof Schema['shape']>;

describe('preset option schemas', () => {
  it('name every option the preset types take, so DSL1070 only rejects what no type allows', () => {
    expectTypeOf<Unlisted<NodeAppOptions, typeof nodeAppSchema>>().toEqualTypeOf<never>();
    expectTypeOf<Unlisted<NodeWorkspaceAppOptions, typeof nodeWorkspaceAppSchema>>().toEqualTypeOf<never>();
    expectTypeOf<Unlisted<PythonAppOptions, typeof pythonAppSchema>>().toEqualTypeOf<never>();
    expectTypeOf<Unlisted<GoAppOptions, typeof goAppSchema>>().toEqualTypeOf<never>();
    expectTypeOf<Unlisted<GoWorkspaceAppOptions, typeof goWorkspaceAppSchema>>().toEqualTypeOf<never>();
    expectTypeOf<Unlisted<StaticBinaryRuntimeOptions, typeof staticBinaryRuntimeSchema>>().toEqualTypeOf<never>();
  });
});
