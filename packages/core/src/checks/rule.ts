import type { PathSegment, Severity } from '../diagnostics/diagnostic.js';
import type { ImageFacts, StageFact, StepFact } from './image-facts.js';

/** Where a finding points: a step, a stage, or any model object with its path. */
export type RuleTarget = StepFact | StageFact | { path: PathSegment[]; holder: object };

/** Options of one report: a path below the target and a hint that overrides the rule's. */
export interface ReportOptions {
  /** Path segments below the target (`['from']`, `['ports', 0]`). */
  at?: PathSegment[];
  hint?: string;
  /**
   * The finding is in a stage the default target does not build: an error there fails only a
   * build of that target (bake, Compose `target`, `--target`), so it is reported as a warning.
   */
  unbuilt?: boolean;
}

/**
 * What a rule's `check` receives: the facts of one image (stages, steps by kind, shell scripts
 * tokenised once) and `report`. Valid only while `check` runs (the runner reuses it for the next rule).
 *
 * @example
 * check(ctx) { for (const s of ctx.facts.steps('maintainer')) ctx.report(s, { name: s.step.name }); }
 */
export interface RuleContext<Data> {
  readonly facts: ImageFacts;
  report(target: RuleTarget, data: Data, options?: ReportOptions): void;
}

/**
 * Documentation of a rule, from which its page in `docs/rules/` is generated.
 *
 * @example
 * const docs: RuleDocs = { why: 'Signals reach the program only in exec form.', bad: 'FROM a\nCMD app', good: 'FROM a\nCMD ["app"]' };
 */
export interface RuleDocs {
  /** Why the finding matters (one paragraph). */
  why: string;
  /** A Dockerfile on which the rule fires. */
  bad: string;
  /** The same Dockerfile fixed: the rule stays silent. */
  good: string;
  /** `definition` when the examples are TypeScript definitions (the mistake has no Dockerfile form). */
  exampleKind?: 'dockerfile' | 'definition';
  /** The BuildKit build check it mirrors, if any. */
  buildkit?: string;
  /** The hadolint codes it mirrors, if any (also honoured in `# hadolint ignore=` comments). */
  hadolint?: string[];
}

/**
 * A check rule: one file under `checks/rules/`, one test file, one generated doc page.
 *
 * @example
 * const rule: Rule<{ name: string }> = defineRule({ code: 'DSL3002', name: 'MaintainerDeprecated', … });
 */
export interface Rule<Data = unknown> {
  /** Stable code such as `DSL3002`, never reused. */
  code: string;
  /** PascalCase name such as `MaintainerDeprecated`. */
  name: string;
  /** Default severity; the config may change it or turn the rule off. */
  severity: Severity;
  /** One sentence: what the rule catches. */
  description: string;
  /** False for opt-in rules (they run only when the config gives them a severity). */
  enabledByDefault?: boolean;
  /** Only meaningful on parsed Dockerfiles (the generator makes the mistake impossible). */
  dockerfileOnly?: boolean;
  docs: RuleDocs;
  /** The diagnostic message, one sentence. */
  format(data: Data): string;
  /** How to fix it. */
  hint?: string | ((data: Data) => string);
  check(ctx: RuleContext<Data>): void;
}

/** A rule of any data type, as registries hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

const codePattern = /^[A-Z][A-Z0-9]*\d{3,}$/;
const namePattern = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Declares a rule. Built-in rules and a team's own rules (policy packs in a preset package) use
 * the same function; it checks the code and name have the expected shape.
 *
 * @example
 * export const noLatest = defineRule<{ image: string }>({
 *   code: 'ACME001', name: 'AcmeRegistryOnly', severity: 'error',
 *   description: 'Base images come from the company registry.',
 *   docs: { why: '…', bad: 'FROM alpine:3.20', good: 'FROM registry.acme.test/alpine:3.20' },
 *   format: (d) => `base image '${d.image}' is not from registry.acme.test`,
 *   check(ctx) { for (const s of ctx.facts.stages) if (s.base.kind === 'image' && !s.base.ref.startsWith('registry.acme.test/')) ctx.report(s, { image: s.base.ref }, { at: ['from'] }); },
 * });
 */
export function defineRule<Data>(rule: Rule<Data>): Rule<Data> {
  if (!codePattern.test(rule.code)) throw new TypeError(`rule code '${rule.code}' must be upper-case letters then at least three digits, such as DSL3001 or ACME001`);
  if (!namePattern.test(rule.name)) throw new TypeError(`rule name '${rule.name}' must be PascalCase`);
  return rule;
}
