import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { CopySource } from '../../model/references.js';
import type { ImageFacts, StageFact } from '../image-facts.js';
import { parseImageRef } from '../../analysis/image-ref.js';
import { defineRule } from '../rule.js';
import { unbuiltName, unbuiltNote } from '../unbuilt-stage.js';

/** Names that are images on every registry mirror; `--from=busybox` is a real image pull. */
const wellKnownImages = new Set(['alpine', 'busybox', 'debian', 'ubuntu', 'golang', 'node', 'python', 'nginx', 'httpd', 'redis', 'postgres', 'mysql', 'mariadb', 'docker', 'scratch', 'rust', 'ruby', 'php', 'openjdk', 'eclipse-temurin', 'maven', 'gradle', 'centos', 'fedora', 'rockylinux', 'almalinux', 'amazonlinux', 'oraclelinux', 'archlinux', 'bash', 'traefik', 'caddy', 'composer', 'hello-world', 'tomcat', 'haproxy', 'memcached', 'mongo', 'rabbitmq', 'elixir', 'erlang', 'swift', 'perl', 'julia', 'dart', 'clojure', 'haskell']);

interface Data { via: string; name: string; guess?: string; unbuilt?: string }

const refPunctuation = /[:/@$]/;
const digitsOnly = /^\d+$/;

/** The finding for a `--from` in `stage`, when it names no stage and looks like a stage name. */
function unknownStage(facts: ImageFacts, stage: StageFact, from: CopySource | undefined, via: string): Data | undefined {
  if (typeof from !== 'string' || facts.stageNamed(from)) return undefined;
  const guess = refPunctuation.test(from) ? undefined : guessFor(facts, from);
  const where = unbuiltName(stage);
  if (guess) return { via, name: from, guess, ...where };
  return looksLikeStage(from) ? { via, name: from, ...where } : undefined;
}


/** The stage name closest to a name that names no stage, if one is close enough. */
function guessFor(facts: ImageFacts, name: string): string | undefined {
  return didYouMean(name.toLowerCase(), facts.stageNames());
}

function looksLikeStage(text: string): boolean {
  const ref = parseImageRef(text);
  return !ref.variable && ref.tag === undefined && ref.digest === undefined && !text.includes('/') && !digitsOnly.test(text) && !wellKnownImages.has(text.toLowerCase());
}

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
  format: (d) => `${d.via} refers to stage '${d.name}', which does not exist${d.guess ? ` (did you mean '${d.guess}'?)` : `; Docker would pull an image called '${d.name}'`}${unbuiltNote(d.unbuilt)}`,
  hint: (d) => (d.guess ? `use '${d.guess}'` : `define a stage with 'AS ${d.name}' before this one, or write the full image reference with a tag`),
  create(context) {
    const facts = context.facts;
    return {
      stage(stage) {
        const from = stage.stage.from;
        // A reference with a tag, digest, registry path or variable cannot be a misspelt stage name.
        if (typeof from !== 'string' || stage.base.kind !== 'image' || refPunctuation.test(from) || facts.stageNamed(from)) return;
        const guess = guessFor(facts, from);
        if (guess) context.report(stage, { via: 'FROM', name: from, guess, ...unbuiltName(stage) }, { at: ['from'], unbuilt: !stage.reachable });
      },
      copy(copy) {
        const found = unknownStage(facts, copy.stage, copy.step.from, 'COPY --from');
        if (found) context.report(copy, found, { at: ['from'], unbuilt: !copy.stage.reachable });
      },
      run(run) {
        run.step.mounts?.forEach((mount, m) => {
          const found = 'from' in mount ? unknownStage(facts, run.stage, mount.from, 'RUN --mount from') : undefined;
          if (found) context.report(run, found, { at: ['mounts', m, 'from'], unbuilt: !run.stage.reachable });
        });
      },
    };
  },
});
