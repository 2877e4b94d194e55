import type { Diagnostic } from '@dockerdsl/core';

/**
 * The diagnostics `dsl build <image…>` shows: those of the images it builds (the named ones and
 * the project images they are built from) and of the project as a whole, but not the warnings
 * of other images or of Compose stacks. Errors always show, since any error stops the build.
 *
 * @param diagnostics - the plan's diagnostics
 * @param building - names of the images being built
 * @example
 * diagnosticsForImages(plan.diagnostics, new Set(['base', 'worker']));
 */
export function diagnosticsForImages(diagnostics: readonly Diagnostic[], building: ReadonlySet<string>): Diagnostic[] {
  return diagnostics.filter((d) => {
    if (d.severity === 'error') return true;
    const [root, name] = d.path;
    if (root === 'images') return typeof name === 'string' && building.has(name);
    return root !== 'compose';
  });
}
