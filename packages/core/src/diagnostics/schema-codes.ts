/**
 * Codes of the schema diagnostics (DSL1xxx): one per kind of shape error, stable forever.
 *
 * @example
 * schemaCodes.DSL1003.rule; // 'UnknownField'
 */
export const schemaCodes = {
  DSL1001: { rule: 'MissingField', description: 'A required field is missing.' },
  DSL1002: { rule: 'WrongType', description: 'A value has the wrong type (a number where a string goes, a string where an exec-form array goes).' },
  DSL1003: { rule: 'UnknownField', description: 'A field or instruction flag the model does not know (often a typo).' },
  DSL1004: { rule: 'InvalidValue', description: 'A value outside the allowed set (a mount type, a network mode, an escape token).' },
  DSL1005: { rule: 'TooFew', description: 'An empty list or string where at least one element is needed (an empty exec-form array, a stage with no base).' },
  DSL1006: { rule: 'InvalidFormat', description: 'A string that does not have the required form (a stage name, a duration, a mode).' },
  DSL1007: { rule: 'InvalidShape', description: 'A value that matches none of the accepted shapes.' },
  DSL1008: { rule: 'UnknownInstruction', description: 'A step whose kind is not a Dockerfile instruction.' },
  DSL1009: { rule: 'TooMany', description: 'A number or list above its maximum.' },
  DSL1010: { rule: 'LineBreakNotAllowed', description: 'A line break where a Dockerfile cannot express one (it would start a new instruction).' },
  DSL1011: { rule: 'WhitespaceInFlag', description: 'White space inside a flag value, which Docker would split.' },
  DSL1012: { rule: 'InlineFileWithQuotedPath', description: 'An inline file (heredoc) beside paths that need JSON form.' },
  DSL1013: { rule: 'InvalidPort', description: 'An EXPOSE port outside 0-65535, a reversed range or an unknown protocol.' },
  DSL1014: { rule: 'TrailingEscape', description: 'Shell-form text ending with the escape character, which would continue onto the next line.' },
  DSL1015: { rule: 'ShellFormLooksLikeJson', description: 'Shell-form text that Docker would read as exec form.' },
  DSL1016: { rule: 'UnknownSignal', description: 'A STOPSIGNAL that is not a signal name or number.' },
  DSL1017: { rule: 'HeredocDelimiterInBody', description: 'A heredoc body with a line equal to its delimiter, which would end the body early.' },
  DSL1018: { rule: 'HeredocMarkerMismatch', description: 'A RUN whose <<markers do not match its heredocs (count or delimiter).' },
  DSL1060: { rule: 'UnknownRule', description: 'A key of the config\'s `rules:` that is neither the code nor the name of a rule (often a typo).' },
  DSL1061: { rule: 'InvalidSeverity', description: 'A severity in the config\'s `rules:` other than error, warning, info or off.' },
} as const;

/** A schema diagnostic code. */
export type SchemaCode = keyof typeof schemaCodes;
