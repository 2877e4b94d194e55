import type { Instruction } from '../instructions/index.js';

const heredocOnly = /^\s*\d*<<-?\s*["']?[A-Za-z_][A-Za-z0-9_]*["']?\s*(?:(?:\/usr)?(?:\/bin\/)?(?:ba|a|da|z)?sh(?:\s+-[a-z]+)*)?\s*$/;

/**
 * The shell text of a RUN, as the shell analysis reads it: the heredoc script when the RUN only
 * feeds one to a shell, the inner script of an exec-form `sh -c`, the words of any other exec
 * form quoted for the shell, else the command line.
 *
 * @example
 * runScriptText({ kind: 'run', command: ['sh', '-c', 'make && make install'] }); // 'make && make install'
 */
export function runScriptText(run: Extract<Instruction, { kind: 'run' }>): string {
  if (typeof run.command !== 'string') {
    const [program, flag, inner] = run.command;
    if (program !== undefined && /(?:^|\/)(?:ba|a|da|z)?sh$/.test(program) && flag === '-c' && inner !== undefined) return inner;
    return run.command.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  }
  if (run.heredocs && heredocOnly.test(run.command)) return run.heredocs.map((h) => h.body).join('\n');
  return run.command;
}
