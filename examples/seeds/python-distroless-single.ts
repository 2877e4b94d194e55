import { image, stage } from '@dockerdsl/core';

/** Options of the single-stage distroless Python image. */
export interface PythonDistrolessSingleOptions {
  base?: string;
}

/**
 * A script on a distroless Python base, which runs it as its argument.
 *
 * @example
 * toDockerfile(pythonDistrolessSingle());
 */
export function pythonDistrolessSingle({ base = 'gcr.io/distroless/python3-debian10' }: PythonDistrolessSingleOptions = {}) {
  return image('python-distroless-single', { stages: [stage({ from: base }).copy('app.py', '/app.py').cmd(['/app.py'])] });
}
