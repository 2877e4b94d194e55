// What one source-location capture costs: `Error.captureStackTrace` on a plain object (what
// core's `captureSource` does for every builder call) at several stack depths, from a call 10
// frames deep, and Node's `util.getCallSites` where it exists (Node ≥ 22.12). The synth
// benchmark's "define" phase is 31 of these an image; this shows the floor of that cost.
// Usage: node bench/source-capture.bench.mjs
import util from 'node:util';

const CALLS = 200_000;

function nested(depth, fn) {
  return depth === 0 ? fn() : nested(depth - 1, fn);
}

function nanosPerCall(fn) {
  for (let i = 0; i < CALLS / 10; i++) nested(10, fn);
  const start = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) nested(10, fn);
  const noop = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) nested(10, () => ({}));
  const end = process.hrtime.bigint();
  // The loop and the nesting cost the same with a no-op; only the capture is reported.
  return Number(noop - start - (end - noop)) / CALLS;
}

console.log(`source capture, ns a call from 10 frames deep (${process.version}, load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
for (const frames of [1, 3, 6, 12]) {
  const capture = function capture() {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = frames;
    const target = {};
    Error.captureStackTrace(target, capture);
    Error.stackTraceLimit = limit;
    return target;
  };
  const row = [`  ${String(frames).padStart(2)} frames: Error.captureStackTrace ${nanosPerCall(capture).toFixed(0).padStart(5)} ns`];
  if (typeof util.getCallSites === 'function') row.push(`util.getCallSites ${nanosPerCall(() => util.getCallSites(frames)).toFixed(0).padStart(5)} ns`);
  console.log(row.join(' · '));
}
