import type { CodeTable } from '../diagnostics/code-table.js';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/source-location.js';

/**
 * Codes of the parse diagnostics (DSL5xxx): one per kind of malformed Dockerfile text, stable
 * forever. Most mirror an error BuildKit would raise for the same text.
 *
 * @example
 * parseCodes.DSL5001.rule; // 'UnknownInstruction'
 */
export const parseCodes = {
  DSL5001: { rule: 'UnknownInstruction', severity: 'error', description: 'A line starts with a word that is not a Dockerfile instruction.' },
  DSL5002: { rule: 'InstructionBeforeFrom', severity: 'error', description: 'An instruction other than ARG before the first FROM ("no build stage in current context").' },
  DSL5003: { rule: 'NoStages', severity: 'error', description: 'The file has no FROM, so nothing can be built.' },
  DSL5004: { rule: 'WrongArgumentCount', severity: 'error', description: 'An instruction has too few or too many arguments.' },
  DSL5005: { rule: 'UnknownFlag', severity: 'error', description: 'A flag the instruction does not have.' },
  DSL5006: { rule: 'DuplicateFlag', severity: 'error', description: 'A flag that may appear once is given twice.' },
  DSL5007: { rule: 'FlagMissingValue', severity: 'error', description: 'A flag that needs a value has none.' },
  DSL5008: { rule: 'InvalidFlagValue', severity: 'error', description: 'A flag value outside the allowed set (a boolean, network or security mode, a number).' },
  DSL5009: { rule: 'UnterminatedHeredoc', severity: 'error', description: 'A heredoc body whose closing delimiter line never comes.' },
  DSL5010: { rule: 'InvalidDirective', severity: 'error', description: 'A parser directive with a value Docker rejects (an escape other than \\ or `).' },
  DSL5011: { rule: 'DuplicateDirective', severity: 'error', description: 'A parser directive given more than once.' },
  DSL5012: { rule: 'UnterminatedQuote', severity: 'error', description: 'A quote that is never closed.' },
  DSL5013: { rule: 'InvalidMount', severity: 'error', description: 'A RUN --mount with an unknown type or key, or a key its type does not take.' },
  DSL5014: { rule: 'InvalidVariableReference', severity: 'error', description: 'A ${…} reference that is not closed or uses an unsupported modifier.' },
  DSL5015: { rule: 'InvalidOnbuildTrigger', severity: 'error', description: 'ONBUILD wrapping ONBUILD, FROM or MAINTAINER, or nothing.' },
  DSL5016: { rule: 'JsonFormRequired', severity: 'error', description: 'SHELL written in shell form (it takes a JSON array only).' },
  DSL5017: { rule: 'InvalidKeyValue', severity: 'error', description: 'An ENV, LABEL or ARG word without a name or without `=`.' },
  DSL5018: { rule: 'LineTooLong', severity: 'error', description: 'A logical line over 65535 bytes.' },
  DSL5019: { rule: 'EmptyContinuationLine', severity: 'warning', description: 'A blank line inside a line continuation (deprecated; Docker plans to reject it).' },
  DSL5020: { rule: 'InvalidHealthcheck', severity: 'error', description: 'HEALTHCHECK without CMD or NONE, NONE with arguments, or CMD without a command.' },
  DSL5021: { rule: 'HeredocDestination', severity: 'error', description: 'A heredoc used as the destination of COPY or ADD.' },
  DSL5022: { rule: 'EmptyExecForm', severity: 'error', description: 'An empty JSON array `[]` where the model needs a program.' },
  DSL5030: { rule: 'UnreadableFile', severity: 'error', description: '`dsl import` could not read a file it was given.' },
  DSL5031: { rule: 'UndeclaredComposeReference', severity: 'error', description: '`dsl import` of a Compose file whose service refers to a service, network, volume, secret or config the file does not declare.' },
  DSL5040: { rule: 'NotARegularFile', severity: 'error', description: '`dsl check` or `dsl import` was given a folder, a FIFO, a device (such as /dev/zero) or a socket where a file belongs; it is not read.' },
  DSL5041: { rule: 'FileTooLarge', severity: 'error', description: 'A Dockerfile or Compose file over 1 MiB given to `dsl check` or `dsl import`; it is not read.' },
  DSL5050: { rule: 'InvalidPort', severity: 'error', description: 'An EXPOSE port BuildKit refuses: out of 0-65535, a reversed range, an unknown protocol or a malformed host part.' },
  DSL5051: { rule: 'InvalidSignal', severity: 'error', description: 'A STOPSIGNAL the engine does not know (not a Linux signal name or a non-zero number).' },
  DSL5052: { rule: 'InvalidDuration', severity: 'error', description: 'A HEALTHCHECK duration BuildKit refuses: a number without a unit (`30`), an unknown unit, or under 1ms.' },
  DSL5053: { rule: 'InvalidMountValue', severity: 'error', description: 'A RUN --mount option value BuildKit refuses: sharing, mode (octal), uid/gid, tmpfs size or a true/false option.' },
  DSL5054: { rule: 'HealthcheckNoneOptions', severity: 'warning', description: 'HEALTHCHECK NONE with options, which BuildKit ignores.' },
  DSL5099: { rule: 'ParserFailure', severity: 'error', description: 'The parser itself failed (a bug; please report it with the file).' },
} as const satisfies CodeTable;

/**
 * A parse diagnostic code.
 *
 * @example
 * const code: ParseCode = 'DSL5030';
 */
export type ParseCode = keyof typeof parseCodes;

/**
 * Builds a DSL5xxx diagnostic at a source location.
 *
 * @example
 * parseDiagnostic('DSL5001', "unknown instruction 'RUNN'", ['stages', 0, 'steps', 2], { file: 'Dockerfile', line: 4, column: 1 });
 */
export function parseDiagnostic(code: ParseCode, message: string, path: PathSegment[], source: SourceLocation, hint?: string): Diagnostic {
  const entry = parseCodes[code];
  const d: Diagnostic = { code, rule: entry.rule, severity: entry.severity, message, path, source };
  if (hint) d.hint = hint;
  return d;
}
