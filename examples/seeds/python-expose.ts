import { image, stage } from '@dockerdsl/core';

/** Options of the single-stage Python service. */
export interface PythonExposeOptions {
  base?: string;
  port?: number;
}

/**
 * A Python service that documents its port with EXPOSE.
 *
 * @example
 * toDockerfile(pythonExpose({ port: 9000 }));
 */
export function pythonExpose({ base = 'python:3.9-slim', port = 8080 }: PythonExposeOptions = {}) {
  const app = stage({ from: base, comment: 'Use an official Python image as the base image' })
    .workdir('/app')
    .copy('.', '/app')
    .run('pip install -r requirements.txt')
    .expose(port)
    .cmd(['python', 'app.py']);
  return image('python-expose', { stages: [app] });
}
