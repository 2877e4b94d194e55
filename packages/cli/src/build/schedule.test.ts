import { describe, expect, it } from 'vitest';
import { schedule } from './schedule.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('schedule', () => {
  it('starts a job only after its dependencies and never runs more than the limit at once', async () => {
    const order: string[] = [];
    let running = 0;
    let peak = 0;
    const jobs = [
      { name: 'base', dependsOn: [] },
      { name: 'a', dependsOn: ['base'] },
      { name: 'b', dependsOn: [] },
      { name: 'c', dependsOn: [] },
      { name: 'd', dependsOn: [] },
    ];
    const outcome = await schedule(jobs, 2, async (job) => {
      running++;
      peak = Math.max(peak, running);
      order.push(`start ${job.name}`);
      await tick();
      order.push(`end ${job.name}`);
      running--;
      return true;
    });
    expect(peak).toBe(2);
    expect(order.indexOf('start a')).toBeGreaterThan(order.indexOf('end base'));
    expect([...outcome.values()].every((o) => o === 'done')).toBe(true);
  });

  it('runs independent jobs in parallel', async () => {
    let running = 0;
    let peak = 0;
    await schedule([1, 2, 3, 4].map((n) => ({ name: `j${n}`, dependsOn: [] })), 4, async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
      return true;
    });
    expect(peak).toBe(4);
  });

  it('skips what depends on a failure, transitively, and lets the rest finish', async () => {
    const skipped: string[] = [];
    const outcome = await schedule(
      [
        { name: 'base', dependsOn: [] },
        { name: 'mid', dependsOn: ['base'] },
        { name: 'top', dependsOn: ['mid'] },
        { name: 'other', dependsOn: [] },
      ],
      1,
      async (job) => job.name !== 'base',
      undefined,
      (job) => skipped.push(job.name),
    );
    expect(Object.fromEntries(outcome)).toEqual({ base: 'failed', mid: 'skipped', top: 'skipped', other: 'done' });
    expect(skipped).toEqual(['mid', 'top']);
  });

  it('starts nothing new once aborted', async () => {
    const controller = new AbortController();
    const started: string[] = [];
    const outcome = await schedule(
      [{ name: 'a', dependsOn: [] }, { name: 'b', dependsOn: [] }],
      1,
      async (job) => {
        started.push(job.name);
        controller.abort();
        return true;
      },
      controller.signal,
    );
    expect(started).toEqual(['a']);
    expect(outcome.get('b')).toBe('skipped');
  });
});
