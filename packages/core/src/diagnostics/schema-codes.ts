import type { CodeTable } from './code-table.js';

/**
 * Codes of the schema diagnostics (DSL1xxx): one per kind of shape error, stable forever.
 *
 * @example
 * schemaCodes.DSL1003.rule; // 'UnknownField'
 */
export const schemaCodes = {
  DSL1001: { rule: 'MissingField', severity: 'error', description: 'A required field is missing.' },
  DSL1002: { rule: 'WrongType', severity: 'error', description: 'A value has the wrong type (a number where a string goes, a string where an exec-form array goes).' },
  DSL1003: { rule: 'UnknownField', severity: 'error', description: 'A field or instruction flag the model does not know (often a typo).' },
  DSL1004: { rule: 'InvalidValue', severity: 'error', description: 'A value outside the allowed set (a mount type, a network mode, an escape token).' },
  DSL1005: { rule: 'TooFew', severity: 'error', description: 'An empty list or string where at least one element is needed (an empty exec-form array, a stage with no base).' },
  DSL1006: { rule: 'InvalidFormat', severity: 'error', description: 'A string that does not have the required form (a stage name, a duration, a mode).' },
  DSL1007: { rule: 'InvalidShape', severity: 'error', description: 'A value that matches none of the accepted shapes.' },
  DSL1008: { rule: 'UnknownInstruction', severity: 'error', description: 'A step whose kind is not a Dockerfile instruction.' },
  DSL1009: { rule: 'TooMany', severity: 'error', description: 'A number or list above its maximum.' },
  DSL1010: { rule: 'LineBreakNotAllowed', severity: 'error', description: 'A line break where a Dockerfile cannot express one (it would start a new instruction).' },
  DSL1011: { rule: 'WhitespaceInFlag', severity: 'error', description: 'White space inside a flag value, which Docker would split.' },
  DSL1012: { rule: 'InlineFileWithQuotedPath', severity: 'error', description: 'An inline file (heredoc) beside paths that need JSON form.' },
  DSL1013: { rule: 'InvalidPort', severity: 'error', description: 'An EXPOSE port outside 0-65535, a reversed range or an unknown protocol.' },
  DSL1014: { rule: 'TrailingEscape', severity: 'error', description: 'Shell-form text ending with the escape character, which would continue onto the next line.' },
  DSL1015: { rule: 'ShellFormLooksLikeJson', severity: 'error', description: 'Shell-form text that Docker would read as exec form.' },
  DSL1016: { rule: 'UnknownSignal', severity: 'error', description: 'A STOPSIGNAL that is not a signal name or number.' },
  DSL1017: { rule: 'HeredocDelimiterInBody', severity: 'error', description: 'A heredoc body with a line equal to its delimiter, which would end the body early.' },
  DSL1018: { rule: 'HeredocMarkerMismatch', severity: 'error', description: 'A RUN whose <<markers do not match its heredocs (count or delimiter).' },
  DSL1020: { rule: 'ReferenceNotOneToken', severity: 'error', description: 'An image, stage or context reference (FROM, --from, a mount from, --platform) that is not one plain token: white space, line breaks, quotes or other characters Docker would read as syntax.' },
  DSL1021: { rule: 'LoneSurrogate', severity: 'error', description: 'Text holding a lone UTF-16 surrogate, which cannot be written as UTF-8 (Docker would read U+FFFD).' },
  DSL1022: { rule: 'LineTooLong', severity: 'error', description: 'A generated Dockerfile line longer than BuildKit reads (65,535 bytes); BuildKit rejects the whole file.' },
  DSL1023: { rule: 'FlagNotAscii', severity: 'error', description: 'A flag value with characters outside printable ASCII: BuildKit reads flags byte by byte, so other text changes.' },
  DSL1024: { rule: 'LeadingDashes', severity: 'error', description: 'Text starting with -- where Docker would read it as an instruction flag (shell-form commands, MAINTAINER).' },
  DSL1025: { rule: 'BlankOrTrimmed', severity: 'error', description: 'Text that is only white space, or starts or ends with white space Docker trims (shell forms, MAINTAINER, VOLUME paths).' },
  DSL1026: { rule: 'NeedsNewerSyntax', severity: 'error', description: 'A feature the Dockerfile frontend built into the engine does not know: opt in with a newer `# syntax=` directive (the diagnostic names the minimum).' },
  DSL1027: { rule: 'HeredocLineNotReadable', severity: 'error', description: 'A RUN, COPY or ADD written with a heredoc whose line (flags included) holds an unbalanced quote or a malformed ${…}: BuildKit would not find the heredoc and would read its body as instructions.' },
  DSL1040: { rule: 'BuildSecretSource', severity: 'error', description: 'A build secret that names no source or two: it comes from exactly one file or one environment variable.' },
  DSL1041: { rule: 'BuildContextSource', severity: 'error', description: 'A named build context that names no source or several: exactly one of path, git, image or project.' },
  DSL1060: { rule: 'UnknownRule', severity: 'error', description: 'A key of the config\'s `rules:` that is neither the code nor the name of a rule (often a typo).' },
  DSL1061: { rule: 'InvalidSeverity', severity: 'error', description: 'A severity in the config\'s `rules:` other than error, warning, info or off.' },
  DSL1070: { rule: 'UnknownPresetOption', severity: 'error', description: 'An option a preset does not take (often a typo): the preset would otherwise ignore it.' },
} as const satisfies CodeTable;

/**
 * A schema diagnostic code.
 *
 * @example
 * const code: SchemaCode = 'DSL1002';
 */
export type SchemaCode = keyof typeof schemaCodes;
