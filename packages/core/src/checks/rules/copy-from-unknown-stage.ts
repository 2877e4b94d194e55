import type { PathSegment } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { CopySource } from '../../model/references.js';
import type { StepFact } from '../image-facts.js';
import { parseImageRef } from '../image-ref.js';
import { defineRule } from '../rule.js';

/** Names that are images on every registry mirror; `--from=busybox` is a real image pull. */
const wellKnownImages = new Set(['alpine', 'busybox', 'debian', 'ubuntu', 'golang', 'node', 'python', 'nginx', 'httpd', 'redis', 'postgres', 'mysql', 'mariadb', 'docker', 'scratch', 'rust', 'ruby', 'php', 'openjdk', 'eclipse-temurin', 'maven', 'gradle', 'centos', 'fedora', 'rockylinux', 'almalinux', 'amazonlinux', 'oraclelinux', 'archlinux', 'bash', 'traefik', 'caddy', 'composer', 'hello-world', 'tomcat', 'haproxy', 'memcached', 'mongo', 'rabbitmq', 'elixir', 'erlang', 'swift', 'perl', 'julia', 'dart', 'clojure', 'haskell']);

interface Data { via: string; name: string; guess?: string }

/**
 * DSL2007: `COPY --from`, `RUN --mount from=` or `FROM` naming a stage that does not exist.
 *
 * @example
 * runRules(image, { rules: [copyFromUnknownStage] });
 */
export const copyFromUnknownStage = defineRule<Data>({
  code: 'DSL2007',
  name: 'CopyFromUnknownStage',
  severity: 'error',
  description: 'A `--from` (or a FROM that looks like a misspelt stage) names no stage of the file, so Docker would pull an image of that name.',
  docs: {
    why: 'When `COPY --from=builder` names no stage, BuildKit does not stop: it treats `builder` as an image reference and tries to pull it from a registry. At best the build fails far from the mistake; at worst someone has published an image of that name and its files end up in yours.',
    bad: 'FROM alpine:3.20\nCOPY --from=builder /go/bin/app /usr/local/bin/app\nCMD ["app"]',
    good: 'FROM golang:1.22 AS builder\nRUN go install example.test/app@v1.0.0\n\nFROM alpine:3.20\nCOPY --from=builder /go/bin/app /usr/local/bin/app\nCMD ["app"]',
    hadolint: ['DL3022'],
  },
  format: (d) => `${d.via} refers to stage '${d.name}', which does not exist${d.guess ? ` (did you mean '${d.guess}'?)` : `; Docker would pull an image called '${d.name}'`}`,
  hint: (d) => (d.guess ? `use '${d.guess}'` : `define a stage with 'AS ${d.name}' before this one, or write the full image reference with a tag`),
  check(ctx) {
    // Stage names are listed only for a reference that names no stage (most name one).
    let names: string[] | undefined;
    const guessFor = (name: string): string | undefined => didYouMean(name.toLowerCase(), (names ??= ctx.facts.stageNames()));
    const looksLikeStage = (text: string): boolean => {
      const ref = parseImageRef(text);
      return !ref.variable && ref.tag === undefined && ref.digest === undefined && !text.includes('/') && !/^\d+$/.test(text) && !wellKnownImages.has(text.toLowerCase());
    };
    for (const stage of ctx.facts.stages) {
      // A reference with a tag, digest, registry path or variable cannot be a misspelt stage name.
      if (stage.reachable && typeof stage.stage.from === 'string' && stage.base.kind === 'image' && !/[:/@$]/.test(stage.stage.from) && !ctx.facts.stageNamed(stage.stage.from)) {
        const guess = guessFor(stage.stage.from);
        if (guess) ctx.report(stage, { via: 'FROM', name: stage.stage.from, guess }, { at: ['from'] });
      }
    }
    const check = (fact: Pick<StepFact, 'stage' | 'path' | 'holder'>, from: CopySource | undefined, at: PathSegment[], via: string): void => {
      // BuildKit builds only the stages the target needs: a bad reference elsewhere never fails.
      if (!fact.stage.reachable || typeof from !== 'string' || ctx.facts.stageNamed(from)) return;
      const guess = /[:/@$]/.test(from) ? undefined : guessFor(from);
      if (guess || looksLikeStage(from)) ctx.report(fact, guess ? { via, name: from, guess } : { via, name: from }, { at });
    };
    for (const copy of ctx.facts.steps('copy')) check(copy, copy.step.from, ['from'], 'COPY --from');
    for (const run of ctx.facts.steps('run')) run.step.mounts?.forEach((m, i) => check(run, 'from' in m ? m.from : undefined, ['mounts', i, 'from'], 'RUN --mount from'));
  },
});
