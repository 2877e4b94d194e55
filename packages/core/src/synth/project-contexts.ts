import { collectBuildInputs } from '../resolve/image-build-inputs.js';
import { buildInputCodes } from '../build-inputs/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Image } from '../image/image.js';

/**
 * Named contexts that point at a project image the project does not have (DSL2035): only the
 * whole project can tell, so synth checks it after every image is compiled.
 *
 * @example
 * unknownProjectContexts([app]); // [{ code: 'DSL2035', message: "the build context 'gone' names the project image 'nope', …" }]
 */
export function unknownProjectContexts(images: readonly Image[]): Diagnostic[] {
  const names = images.map((i) => i.name);
  return images.flatMap((image) =>
    collectBuildInputs(image).contexts.flatMap(({ value, path }) =>
      value.project === undefined || names.includes(value.project) ? [] : [{ code: 'DSL2035', rule: buildInputCodes.DSL2035.rule, severity: buildInputCodes.DSL2035.severity, message: `the build context '${value.name}' names the project image '${value.project}', which the project does not have`, path: ['images', image.name, ...path], hint: `project images: ${names.join(', ')}` } satisfies Diagnostic],
    ),
  );
}
