import { image, stage } from '@dockerdsl/core';

/** Options of the ENTRYPOINT + CMD demonstration. */
export interface EntrypointCmdHelloOptions {
  /** Any image with `echo`. */
  base?: string;
}

/**
 * ENTRYPOINT + CMD: `docker run IMG` prints `Hello, world!`, `docker run IMG Goodbye` prints
 * `Hello, Goodbye` (the run arguments replace CMD, not ENTRYPOINT).
 *
 * @example
 * toDockerfile(entrypointCmdHello({ base: 'busybox:1.36' }));
 */
export function entrypointCmdHello({ base = 'ubuntu:latest' }: EntrypointCmdHelloOptions = {}) {
  const main = stage({ from: base }).entrypoint(['echo', 'Hello, ']).cmd(['world!']);
  return image('entrypoint-cmd-hello', { stages: [main] });
}
