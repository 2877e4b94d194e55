import { defineRule } from '../rule.js';

interface Data { target: string }

const aptCache = /^\/var\/(?:cache|lib)\/apt/;

/**
 * DSL3052: apt cache mounts without `sharing=locked`.
 *
 * @example
 * runRules(image, { rules: [cacheMountSharing] });
 */
export const cacheMountSharing = defineRule<Data>({
  code: 'DSL3052',
  name: 'CacheMountSharing',
  severity: 'info',
  description: 'A cache mount on /var/cache/apt or /var/lib/apt without `sharing=locked`.',
  docs: {
    why: 'apt takes an exclusive lock on its cache. Two builds sharing the default `shared` mount at once fail with "Could not get lock". `sharing=locked` makes the second wait.',
    bad: 'FROM debian:12-slim\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y --no-install-recommends curl',
    good: 'FROM debian:12-slim\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends curl',
  },
  format: (d) => `cache mount on ${d.target} without sharing=locked; concurrent builds fight over apt's lock`,
  hint: 'add sharing=locked',
  create: (context) => ({
    run(run) {
      run.step.mounts?.forEach((m, i) => {
        if (m.type === 'cache' && m.sharing !== 'locked' && m.target !== undefined && aptCache.test(m.target)) context.report(run, { target: m.target }, { at: ['mounts', i] });
      });
    },
  }),
});
