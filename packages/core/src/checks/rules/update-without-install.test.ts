import { describe, expect, test } from 'vitest';
import { checkDockerfile } from '../../tooling.js';
import { updateWithoutInstall } from './update-without-install.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(updateWithoutInstall, {
  fires: [
    "FROM debian:12\nRUN apt-get update",
    "FROM alpine:3.20\nRUN apk update",
  ],
  passes: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl",
    "FROM alpine:3.20\nRUN apk update && apk add curl",
  ],
});

describe('command names that are also Object.prototype keys', () => {
  test('a RUN calling `constructor` or `toString` is checked, not crashed on', () => {
    const text = 'FROM debian:12\nRUN constructor update && toString refresh && apt-get update';
    expect(() => checkDockerfile(text, { rules: [updateWithoutInstall] })).not.toThrow();
    const found = checkDockerfile(text, { rules: [updateWithoutInstall] }).diagnostics;
    expect(found.map((d) => [d.code, d.severity, /failed/.test(d.message)])).toEqual([[updateWithoutInstall.code, updateWithoutInstall.severity, false]]);
  });
});
