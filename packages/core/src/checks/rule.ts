import type { PathSegment, Severity } from '../diagnostics/diagnostic.js';
import type { InstructionKind } from '../instructions/index.js';
import type { ImageFacts, StageFact, StepFact } from './image-facts.js';
import type { ShellCommand } from '../analysis/shell-script.js';

/**
 * Where a finding points: a step, a stage, or any model object with its path.
 *
 * @example
 * context.report(step, {}); // a step, a stage or { path, holder } is a RuleTarget
 */
export type RuleTarget = StepFact | StageFact | { path: PathSegment[]; holder: object };

/**
 * Options of one report: a path below the target and a hint that overrides the rule's.
 *
 * @example
 * context.report(step, {}, { at: ['from'], hint: 'pin the base image by digest' });
 */
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
 * One simple command of a RUN's shell script, with the RUN it belongs to, its position and the
 * script's other commands. The engine tokenises each RUN once and hands every rule these.
 *
 * @example
 * command({ run, command }) { if (command.name === 'sudo') context.report(run, {}); }
 */
export interface CommandFact {
  run: StepFact<'run'>;
  command: ShellCommand;
  /** Its index in `all`. */
  index: number;
  /** Every command of the same RUN, in order. */
  all: readonly ShellCommand[];
}

/**
 * What `create` receives, one per rule and image: the image's facts, the RUN scripts as
 * commands (tokenised once, shared by every rule) and `report`.
 *
 * @example
 * create(context) { return { maintainer(step) { context.report(step, { name: step.step.name }); } }; }
 */
export interface RuleContext<Data> {
  /** The image's stages, steps and stage graph, worked out once for every rule. */
  readonly facts: ImageFacts;
  /** The simple commands of a RUN (tokenised on first use, then shared by every rule). */
  commands(run: StepFact<'run'>): readonly ShellCommand[];
  report(target: RuleTarget, data: Data, options?: ReportOptions): void;
}

/**
 * A visitor per instruction kind: `run(step)`, `copy(step)`, … get each step of that kind in file order.
 *
 * @example
 * const visitors: StepVisitors = { run: (fact) => console.log(fact.step.command) };
 */
export type StepVisitors = { [K in InstructionKind]?: (step: StepFact<K>) => void };

/**
 * A visitor of one program's shell commands: `'command:apt-get'` is called for each command
 * whose `command.name` is `apt-get` (the program without its directory, after wrappers such as
 * `sudo` or `env`), with the same fact as `command`.
 *
 * @example
 * const selector: CommandSelector = 'command:apt-get';
 */
export type CommandSelector = `command:${string}`;

/**
 * What `create` returns: the functions the engine calls while it walks the image once, in this
 * order: `image`, then per stage `stage`, each step's kind visitor (for a RUN then, per shell
 * command in order, `command` and the `command:<program>` visitor of that command's program),
 * `stage:exit`; finally `image:exit`.
 *
 * A rule about particular programs visits them by name, `'command:apt-get'(c)`, rather than
 * testing `c.command.name` in `command`: the engine calls it only on those commands. A key
 * that is no visitor (`'rn'`, `'comand:apt-get'`) makes the rule fail with an error finding
 * on the first image it runs on, rather than silently never run.
 *
 * @example
 * create(context) { let count = 0; return { run() { count++; }, 'image:exit'() { if (count > 9) context.report(context.facts.final, { count }); } }; }
 * create(context) { return { 'command:chpasswd'({ run }) { context.report(run, {}); } }; }
 */
export interface RuleVisitors extends StepVisitors {
  image?(facts: ImageFacts): void;
  stage?(stage: StageFact): void;
  /** Every shell command of every RUN. */
  command?(command: CommandFact): void;
  'stage:exit'?(stage: StageFact): void;
  'image:exit'?(facts: ImageFacts): void;
  /** The commands of one program (see `CommandSelector`). */
  [selector: CommandSelector]: ((command: CommandFact) => void) | undefined;
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
 * What identifies a rule and how it runs by default: what the config's `rules:` table, the
 * generated docs and the SARIF output read.
 *
 * @example
 * const meta: RuleMeta = { code: 'DSL3007', name: 'LatestTag', severity: 'warning', description: 'A base image uses the moving latest tag.' };
 */
export interface RuleMeta {
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
}

/**
 * A check rule: one file under `checks/rules/`, one test file, one generated doc page. Its
 * metadata, its message, and `create`, which returns the visitors the engine calls.
 *
 * @example
 * const rule: Rule<{ name: string }> = defineRule({ code: 'DSL3002', name: 'MaintainerDeprecated', …, create: (context) => ({ maintainer(step) { … } }) });
 */
export interface Rule<Data = unknown> extends RuleMeta {
  /** Only meaningful on parsed Dockerfiles (the generator makes the mistake impossible). */
  dockerfileOnly?: boolean;
  docs: RuleDocs;
  /** The diagnostic message, one sentence. */
  format(data: Data): string;
  /** How to fix it. */
  hint?: string | ((data: Data) => string);
  /** Called once per image; returns the visitors for the engine's walk. */
  create(context: RuleContext<Data>): RuleVisitors;
}

/**
 * A rule of any data type, as registries hold them.
 *
 * @example
 * const rules: AnyRule[] = [noCurlPipe, pinnedBase];
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

const codePattern = /^[A-Z][A-Z0-9]*\d{3,}$/;
const namePattern = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Throws when a rule's code or name does not have the expected shape (shared by image and
 * Compose rules).
 *
 * @example
 * checkRuleMeta({ code: 'DSL3007', name: 'LatestTag', severity: 'warning', description: '…' }); // fine
 */
export function checkRuleMeta(meta: RuleMeta): void {
  if (!codePattern.test(meta.code)) throw new TypeError(`rule code '${meta.code}' must be upper-case letters then at least three digits, such as DSL3001 or ACME001`);
  if (!namePattern.test(meta.name)) throw new TypeError(`rule name '${meta.name}' must be PascalCase`);
}

/**
 * Declares a rule. Built-in rules and a team's own rules (policy packs in a preset package) use
 * the same function; it checks the code and name have the expected shape.
 *
 * @example
 * export const acmeRegistryOnly = defineRule<{ image: string }>({
 *   code: 'ACME001', name: 'AcmeRegistryOnly', severity: 'error',
 *   description: 'Base images come from the company registry.',
 *   docs: { why: '…', bad: 'FROM alpine:3.20', good: 'FROM registry.acme.test/alpine:3.20' },
 *   format: (d) => `base image '${d.image}' is not from registry.acme.test`,
 *   create: (context) => ({
 *     stage(stage) {
 *       if (stage.base.kind === 'image' && !stage.base.ref.startsWith('registry.acme.test/')) context.report(stage, { image: stage.base.ref }, { at: ['from'] });
 *     },
 *   }),
 * });
 */
export function defineRule<Data>(rule: Rule<Data>): Rule<Data> {
  checkRuleMeta(rule);
  if (typeof rule.create !== 'function') {
    const old = 'check' in rule ? ' (check(ctx) is the shape of earlier versions: return visitors from create(context) instead)' : '';
    throw new TypeError(`rule ${rule.name} has no create(context) function${old}`);
  }
  return rule;
}
