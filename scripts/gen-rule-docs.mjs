#!/usr/bin/env node
// Regenerates docs/rules/*.md from the rules' metadata. The pages are golden files of
// test/checks/rule-docs.test.ts, so regenerating is updating those snapshots; the same test
// fails (in CI) when a rule has no page, a stale page, or no firing/silent case.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', 'test/checks/rule-docs.test.ts', '--typecheck.enabled=false', '--update'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
